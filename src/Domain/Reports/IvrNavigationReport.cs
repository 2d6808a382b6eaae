using CallCenter.Domain.Calls;
using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CallCenter.Domain.Reports;

/// <summary>
/// IVR navigation per flow and node, from the path (<c>CallStep</c>) of each <c>call_traces</c> row whose call started in
/// the period (joined to <c>call_records</c> on the call id, so the start-time index does the narrowing). The path is JSON
/// text: traces are read one by one as text and only their steps are parsed (<see cref="TracePathReader"/>), never the
/// whole trace, and counted here. A step of a sub-flow counts under that sub-flow. Honours
/// <see cref="ReportFilter.Flow"/> (the call's flow).
/// </summary>
public sealed class IvrNavigationReport(ReportSource source)
{
    /// <summary>The outcome a step takes when the caller hangs up in it.</summary>
    public const string HangupOutcome = "Cancelled";

    public async Task<ReportResult<IvrNodeRow>> RunAsync(ReportFilter filter, CancellationToken ct = default)
    {
        var period = source.PeriodOf(filter);
        await using var db = await source.OpenAsync(ct);
        var nodes = new Dictionary<(string Flow, string Node), (string Type, int Entered, int Hangup, Dictionary<string, int> Outcomes)>();
        int calls = 0, hungUp = 0;
        await foreach (var trace in TracesAsync(db, period, filter.Flow).AsAsyncEnumerable().WithCancellation(ct))
        {
            calls++;
            var callHungUp = false;
            TracePathReader.ForEachStep(trace.Details, step =>
            {
                var key = (step.Flow ?? trace.FlowName, step.ActivityId);
                if (!nodes.TryGetValue(key, out var node)) node = (step.Type, 0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
                node.Entered++;
                if (step.Outcome == HangupOutcome) { node.Hangup++; callHungUp = true; }
                else if (step.Outcome is not null) node.Outcomes[step.Outcome] = node.Outcomes.GetValueOrDefault(step.Outcome) + 1;
                nodes[key] = node;
            });
            if (callHungUp) hungUp++;
        }
        var rows = nodes.OrderBy(n => n.Key.Flow, StringComparer.Ordinal).ThenByDescending(n => n.Value.Entered).ThenBy(n => n.Key.Node, StringComparer.Ordinal)
            .Select(n => new IvrNodeRow(n.Key.Flow, n.Key.Node, n.Value.Type, n.Value.Entered, n.Value.Hangup, n.Value.Outcomes)).ToList();
        return new ReportResult<IvrNodeRow>(rows, new IvrNodeRow("", "", "", calls, hungUp, new Dictionary<string, int>()));
    }

    /// <summary>A trace's flow and its details as the stored JSON text (the entity's converter would deserialise it whole).</summary>
    internal sealed class TraceText
    {
        public string FlowName { get; set; } = "";
        public string Details { get; set; } = "";
    }

    // The details column carries a value converter, which LINQ cannot bypass: the query is written here, with table and
    // column names taken from the EF model and quoted by the provider, so it runs on every provider unchanged.
    private static IQueryable<TraceText> TracesAsync(CallCenterDbContext db, ReportPeriod period, string? flow)
    {
        var sql = db.GetService<ISqlGenerationHelper>();
        var traces = db.Model.FindEntityType(typeof(CallTrace))!;
        var records = db.Model.FindEntityType(typeof(CallDetailRecord))!;
        string Table(IEntityType e) => sql.DelimitIdentifier(e.GetTableName()!, e.GetSchema());
        string Column(IEntityType e, string property) =>
            sql.DelimitIdentifier(e.FindProperty(property)!.GetColumnName(StoreObjectIdentifier.Table(e.GetTableName()!, e.GetSchema()))!);
        var text = $"SELECT t.{Column(traces, nameof(CallTrace.FlowName))} AS {sql.DelimitIdentifier(nameof(TraceText.FlowName))}, "
            + $"t.{Column(traces, nameof(CallTrace.Details))} AS {sql.DelimitIdentifier(nameof(TraceText.Details))} "
            + $"FROM {Table(traces)} t INNER JOIN {Table(records)} c ON t.{Column(traces, nameof(CallTrace.CallId))} = c.{Column(records, nameof(CallDetailRecord.CallId))} "
            + $"WHERE c.{Column(records, nameof(CallDetailRecord.StartedAt))} >= {{0}} AND c.{Column(records, nameof(CallDetailRecord.StartedAt))} < {{1}}";
        if (flow is null) return db.Database.SqlQueryRaw<TraceText>(text, period.StartUtc, period.EndUtc);
        // Only model names are concatenated; every value (times, flow) is a parameter.
        var ofFlow = text + $" AND t.{Column(traces, nameof(CallTrace.FlowName))} = {{2}}";
        return db.Database.SqlQueryRaw<TraceText>(ofFlow, period.StartUtc, period.EndUtc, flow);
    }
}
