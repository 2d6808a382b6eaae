using CallCenter.Activities.Calls;
using CallCenter.Domain.Tickets;
using CallCenter.Engine.Abstractions;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Activities.Tickets;

/// <summary>Creates a ticket from the call and stores its number (e.g. to read it back to the caller).</summary>
[Activity("Data", "Create ticket", "Creates a ticket (category, caller, recording, description) and outputs its number.",
    CategoryZh = "数据", DisplayNameZh = "创建工单", DescriptionZh = "创建工单（类别、来电号码、录音、描述），输出工单号。", Icon = "assignment", HasExternalEffect = true)]
public sealed class CreateTicket : Activity
{
    [Input(DisplayName = "Category", DisplayNameZh = "类别", Required = true, Description = "e.g. complaint, mailbox, consulting", DescriptionZh = "例如 complaint（投诉）、mailbox（市长信箱）、consulting（咨询）")]
    public Input<string> Category { get; set; } = new("");

    [Input(DisplayName = "Caller number", DisplayNameZh = "来电号码")]
    public Input<string?> CallerNumber { get; set; } = new(null);

    [Input(DisplayName = "Description", DisplayNameZh = "描述", Editor = InputEditor.MultiLine)]
    public Input<string?> Description { get; set; } = new(null);

    [Input(DisplayName = "Recording", DisplayNameZh = "录音", Description = "Path of the caller's recording, e.g. {{ recording }}", DescriptionZh = "来电录音路径，例如 {{ recording }}")]
    public Input<string?> RecordingPath { get; set; } = new(null);

    [Output(DisplayName = "Ticket number", DisplayNameZh = "工单号")]
    public Output<string> TicketNumber { get; set; } = new();

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var request = new NewTicket(Category.Get(context), Blank(CallerNumber.Get(context)), Blank(Description.Get(context)), Blank(RecordingPath.Get(context)), context.InstanceId);
        var ticket = await context.Services.GetRequiredService<TicketService>().CreateAsync(request, context.TimeZone, context.CancellationToken);
        context.Services.GetRequiredService<CallSessions>().TraceOf(context)?.Ticket(context, ticket.Number, ticket.Category);
        TicketNumber.Set(context, ticket.Number);
        // The ticket flows (e.g. ticket-reminder) start for tickets made by a flow too, not only by the desk and the API.
        await context.Services.GetRequiredService<TicketEvents>().CreatedAsync(ticket, context.CancellationToken);
        return ActivityResult.Done;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
