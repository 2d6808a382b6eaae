using CallCenter.Domain.Lists;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Screening;

/// <summary>Screens the caller: blacklisted → Blocked; whitelisted or a VIP customer → Vip; else Normal.</summary>
[Activity("Call control", "List check", "Blacklisted callers take Blocked, whitelisted or VIP customers Vip, everyone else Normal.",
    CategoryZh = "呼叫控制", DisplayNameZh = "黑白名单", DescriptionZh = "黑名单来电走“拦截”，白名单或 VIP 客户走“VIP”，其余走“普通”。", Icon = "shield")]
[Outcomes("Blocked", "Vip", "Normal")]
public sealed class ListCheck : Activity
{
    [Input(DisplayName = "Caller number", DisplayNameZh = "主叫号码", Required = true, Description = "e.g. {{ caller }}", DescriptionZh = "例如 {{ caller }}")]
    public Input<string> CallerNumber { get; set; } = new("");

    [Output(DisplayName = "Reason", DisplayNameZh = "原因", Description = "Why the caller was blocked or treated as VIP.", DescriptionZh = "拦截或 VIP 的原因。")]
    public Output<string?> Reason { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var result = await context.Services.GetRequiredService<CallerScreening>().CheckAsync(CallerNumber.Get(context), context.CancellationToken);
        Reason.Set(context, result.Reason);
        return ActivityResult.FromOutcome(result.Verdict.ToString());
    }
}
