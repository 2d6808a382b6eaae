using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// IVR navigation per flow and node, from the path (<c>CallStep</c>) of each <c>call_traces</c> row whose call started in
/// the period (joined to <c>call_records</c> on the call id, so the start-time index does the narrowing). The path is JSON
/// text, so traces are read one by one and counted here, never all held. A step of a sub-flow counts under that
/// sub-flow. Honours <see cref="ReportFilter.Flow"/> (the call's flow).
/// </summary>
public sealed class IvrNavigationReport(ReportSource source)
{
    /// <summary>The outcome a step takes when the caller hangs up in it.</summary>
    public const string HangupOutcome = "Cancelled";

    public async Task<ReportResult<IvrNodeRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        var (start, end) = (period.StartUtc, period.EndUtc);
        await using var db = await source.OpenAsync(ct);
        var traces = from t in db.CallTraces.AsNoTracking()
                     join c in db.CallRecords on t.CallId equals c.CallId
                     where c.StartedAt >= start && c.StartedAt < end
                     select t;
        if (filter.Flow is not null) traces = traces.Where(t => t.FlowName == filter.Flow);
        var nodes = new Dictionary<(string Flow, string Node), (string Type, int Entered, int Hangup, Dictionary<string, int> Outcomes)>();
        int calls = 0, hungUp = 0;
        await foreach (var trace in traces.Select(t => new { t.FlowName, t.Details }).AsAsyncEnumerable().WithCancellation(ct))
        {
            calls++;
            var callHungUp = false;
            foreach (var step in trace.Details.Path)
            {
                var key = (step.Flow ?? trace.FlowName, step.ActivityId);
                if (!nodes.TryGetValue(key, out var node)) node = (step.Type, 0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
                node.Entered++;
                if (step.Outcome == HangupOutcome) { node.Hangup++; callHungUp = true; }
                else if (step.Outcome is not null) node.Outcomes[step.Outcome] = node.Outcomes.GetValueOrDefault(step.Outcome) + 1;
                nodes[key] = node;
            }
            if (callHungUp) hungUp++;
        }
        var rows = nodes.OrderBy(n => n.Key.Flow, StringComparer.Ordinal).ThenByDescending(n => n.Value.Entered).ThenBy(n => n.Key.Node, StringComparer.Ordinal)
            .Select(n => new IvrNodeRow(n.Key.Flow, n.Key.Node, n.Value.Type, n.Value.Entered, n.Value.Hangup, n.Value.Outcomes)).ToList();
        return new ReportResult<IvrNodeRow>(rows, new IvrNodeRow("", "", "", calls, hungUp, new Dictionary<string, int>()));
    }
}
