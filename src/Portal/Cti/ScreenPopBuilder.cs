using CallCenter.Activities.Acd;
using CallCenter.Activities.Calls;
using CallCenter.Domain.Calls;
using CallCenter.Domain.Customers;
using CallCenter.Domain.Numbers;

namespace CallCenter.Portal.Cti;

/// <summary>
/// Builds the <see cref="ScreenPop"/> of an offer: the live parts from memory (the call's session and IVR trace, its
/// place in the queue) and the rest with three indexed reads run side by side where they can — the customer by phone
/// (<see cref="CustomerDirectory"/>), the number's recent calls, then the tickets of the customer's numbers
/// (<see cref="CustomerHistory"/>). A failed read leaves its part empty (logged): the pop still goes out.
/// </summary>
public sealed class ScreenPopBuilder(CallSessions sessions, QueuedCalls queued, CustomerDirectory customers, CustomerHistory history,
    NumberNormalizer numbers, TimeProvider time, ILogger<ScreenPopBuilder> logger)
{
    /// <summary>How many recent calls and tickets a pop carries.</summary>
    public const int HistoryLength = 5;

    public async Task<ScreenPop> BuildAsync(AgentCallEvent offer, CancellationToken ct)
    {
        var binding = sessions.Find(offer.CallId);
        var trace = binding?.Trace.LiveSnapshot() ?? new CallTraceDetails();
        var waiting = queued.Find(offer.CallId);
        var customerTask = Guarded(customers.FindByPhoneAsync(offer.Caller, ct), null, "customer", offer.CallId);
        var callsTask = Guarded(history.RecentCallsAsync(offer.Caller, HistoryLength, ct), [], "recent calls", offer.CallId);
        var customer = await customerTask.ConfigureAwait(false);
        var numbersOfCaller = new List<string> { offer.Caller, numbers.Normalize(offer.Caller) };
        if (customer is not null) numbersOfCaller.AddRange(customer.Phones.Select(p => p.Number));
        var tickets = await Guarded(history.RecentTicketsAsync(numbersOfCaller, HistoryLength, ct), [], "recent tickets", offer.CallId).ConfigureAwait(false);
        var calls = await callsTask.ConfigureAwait(false);

        var now = time.GetUtcNow();
        return new ScreenPop(offer.CallId, offer.Caller, offer.Called, offer.Queue, offer.AgentId, offer.Extension, offer.At,
            waiting?.EnteredAt, waiting is null ? null : Math.Round((now - waiting.EnteredAt).TotalSeconds, 1),
            binding?.Call.InviteReceivedAt,
            customer is null ? null : new ScreenPopCustomer(customer.Id, customer.Name, customer.IsVip, customer.MemberNumber,
                new Dictionary<string, string>(customer.CustomFields, StringComparer.Ordinal)),
            calls.Select(c => RecentCall(c.Record, c.Trace)).ToList(),
            tickets.Select(t => new ScreenPopTicket(t.Number, t.Category, t.Status.ToString(), Utc(t.CreatedAt))).ToList(),
            trace.Path, trace.Digits, trace.Attributes);
    }

    private static ScreenPopCall RecentCall(CallDetailRecord record, CallTrace? trace)
    {
        var visit = trace?.Details.Queues.LastOrDefault();
        return new ScreenPopCall(record.CallId, Utc(record.StartedAt), Api.CallView.Number(record.To), record.AnsweredAt is not null, visit?.Queue, visit?.AgentId,
            trace is null ? null : $"/calls/{Uri.EscapeDataString(record.CallId)}/replay");
    }

    private async Task<T> Guarded<T>(Task<T> read, T fallback, string what, string callId)
    {
        try
        {
            return await read.ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Screen pop of call {CallId}: the {Part} could not be read", callId, what);
            return fallback;
        }
    }

    // Providers hand back UTC values without a kind (SQLite text, SQL Server datetime2).
    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
