using CallCenter.Domain.Tickets;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Tickets;

/// <summary>
/// Tells the ticket flows what happened to a ticket, wherever it happened (an IVR flow's CreateTicket, the agent's
/// wrap-up, the REST API): <c>TicketCreated</c> starts the flows that wait for it (e.g. the shipped ticket-reminder),
/// <c>TicketClosed</c> resumes the ones waiting for that ticket (correlated by its number). A flow that fails never fails
/// the ticket: it is saved either way, the failure is logged.
/// </summary>
public sealed class TicketEvents(IWorkflowRuntime runtime, ILogger<TicketEvents> logger)
{
    public const string Created = "TicketCreated";
    public const string Closed = "TicketClosed";

    public Task CreatedAsync(Ticket ticket, CancellationToken ct = default) =>
        RaiseAsync(ticket, () => runtime.StartByTriggerAsync(Event.BookmarkType, Created, new StartOptions(Input: Payload(ticket)), ct));

    public Task ClosedAsync(Ticket ticket, CancellationToken ct = default) =>
        RaiseAsync(ticket, () => runtime.ResumeByStimulusAsync(Event.BookmarkType, Event.Key(Closed, ticket.Number), Payload(ticket), ct));

    /// <summary>What the flows receive: the ticket, its <c>id</c> being the number they correlate the closing with.</summary>
    public static Dictionary<string, object?> Payload(Ticket t) => new()
    {
        ["id"] = t.Number, ["number"] = t.Number, ["category"] = t.Category, ["caller_number"] = t.CallerNumber,
        ["description"] = t.Description, ["status"] = t.Status.ToString(),
    };

    private async Task RaiseAsync<T>(Ticket ticket, Func<Task<T>> raise)
    {
        try
        {
            await raise().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The ticket event for {TicketNumber} could not start or resume its flows", ticket.Number);
        }
    }
}
