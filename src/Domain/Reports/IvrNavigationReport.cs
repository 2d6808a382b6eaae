using CallCenter.Domain.Reports.Rollups;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Reports;

/// <summary>
/// IVR navigation per flow and node, from the path (<c>CallStep</c>) of each <c>call_traces</c> row whose call started in
/// the period (joined to <c>call_records</c> on the call id, so the start-time index does the narrowing). The path is JSON
/// text: traces are read one by one as text and only their steps are parsed (<see cref="TracePathReader"/>), never the
/// whole trace, and counted (<see cref="IvrSteps"/>). A step of a sub-flow counts under that sub-flow. Honours
/// <see cref="ReportFilter.Flow"/> (the call's flow). Over whole-hour zone offsets the counts come from the hourly
/// table (<see cref="IvrHour"/>) and the calls not folded into it yet (<see cref="HourlyRows"/>).
/// </summary>
public sealed class IvrNavigationReport(ReportSource source)
{
    /// <summary>The outcome a step takes when the caller hangs up in it.</summary>
    public const string HangupOutcome = "Cancelled";

    public async Task<ReportResult<IvrNodeRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        await using var db = await source.OpenAsync(ct);
        if (await HourlyRows.IvrAsync(db, period, filter.Flow, ct) is { } hourly)
        {
            var stored = await hourly.Stored.GroupBy(h => new { h.Flow, h.Node, h.Type, h.Outcome })
                .Select(g => new IvrHour { Flow = g.Key.Flow, Node = g.Key.Node, Type = g.Key.Type, Outcome = g.Key.Outcome, Count = g.Sum(h => h.Count) })
                .ToListAsync(ct);
            return IvrSteps.Report(stored.Concat(hourly.Tail));
        }
        var steps = new IvrSteps();
        await foreach (var trace in TraceTexts.StartedIn(db, period.StartUtc, period.EndUtc, filter.Flow).AsAsyncEnumerable().WithCancellation(ct))
            steps.Add(trace.StartedAt, trace.FlowName, trace.Details);
        return IvrSteps.Report(steps.Hours.Values);
    }
}
