using CallCenter.Domain.Calendars;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Calendars;

/// <summary>Branches on a business-hours calendar at the current moment: Open, Closed (night service) or Holiday.</summary>
[Activity("Call control", "Business hours", "Takes Open, Closed or Holiday by a named calendar's weekly hours and holidays.",
    CategoryZh = "呼叫控制", DisplayNameZh = "工作时间", DescriptionZh = "按指定日历的每周工作时段和节假日，走“上班”、“下班”或“节假日”分支。", Icon = "schedule")]
[Outcomes("Open", "Closed", "Holiday")]
public sealed class BusinessHours : Activity
{
    [Input(DisplayName = "Calendar", DisplayNameZh = "日历", Required = true,
        Description = "The name of a business-hours calendar, e.g. 12345.", DescriptionZh = "工作时间日历的名称，例如 12345。")]
    public Input<string> Calendar { get; set; } = new("");

    [Output(DisplayName = "Status", DisplayNameZh = "状态", Description = "Open, Closed or Holiday.", DescriptionZh = "Open、Closed 或 Holiday。")]
    public Output<string> Status { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var name = Calendar.Get(context);
        var service = context.Services.GetRequiredService<BusinessHoursService>();
        var status = await service.GetStatusAsync(name, context.Now, context.TimeZone, context.CancellationToken)
            ?? throw new InvalidOperationException($"no business-hours calendar is named '{name}'");
        Status.Set(context, status.ToString());
        return ActivityResult.FromOutcome(status.ToString());
    }
}
