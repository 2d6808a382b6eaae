using CallCenter.Domain.Tickets;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tickets;

/// <summary>Finds a ticket by the number a caller keyed in (digits only, e.g. 202611010001) or as printed, for "check my complaint" menus.</summary>
[Activity("Data", "Look up ticket", "Finds a ticket by number (as keyed: digits only, or as printed) and outputs its status.",
    CategoryZh = "数据", DisplayNameZh = "查询工单", DescriptionZh = "按工单号查询（按键输入的纯数字或打印的工单号），输出处理状态。", Icon = "manage_search")]
[Outcomes("Found", "NotFound")]
public sealed class LookupTicket : Activity
{
    [Input(DisplayName = "Ticket number", DisplayNameZh = "工单号", Required = true, Description = "e.g. {{ digits }}", DescriptionZh = "例如 {{ digits }}")]
    public Input<string> TicketNumber { get; set; } = new("");

    [Output(DisplayName = "Ticket", DisplayNameZh = "工单", Description = "number, category, status, status_zh, created_at.", DescriptionZh = "number、category、status、status_zh、created_at。")]
    public Output<object?> Ticket { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var ticket = await context.Services.GetRequiredService<TicketService>().FindByNumberAsync(TicketNumber.Get(context), context.CancellationToken);
        if (ticket is null) return ActivityResult.FromOutcome("NotFound");
        Ticket.Set(context, new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["number"] = ticket.Number,
            ["category"] = ticket.Category,
            ["status"] = ticket.Status.ToString(),
            ["status_zh"] = ChineseStatus(ticket.Status),
            ["created_at"] = ticket.CreatedAt.ToString("O"),
        });
        return ActivityResult.FromOutcome("Found");
    }

    /// <summary>The words the hotline speaks for a status.</summary>
    public static string ChineseStatus(TicketStatus status) => status switch
    {
        TicketStatus.New => "已受理",
        TicketStatus.InProgress => "处理中",
        TicketStatus.Resolved => "已办结",
        _ => "已关闭",
    };
}
