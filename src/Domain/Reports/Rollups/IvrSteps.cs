namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Counts traces' steps into <see cref="IvrHour"/> rows (the folder, a report's rows after the mark, and the report
/// over the sources all count this way), and turns such rows into the IVR navigation report.
/// </summary>
internal sealed class IvrSteps
{
    public Dictionary<(DateTime, string, string, string, string, string), IvrHour> Hours { get; } = [];

    /// <summary>Counts one trace of a call that started at <paramref name="startedAt"/>.</summary>
    public void Add(DateTime startedAt, string callFlow, string details)
    {
        var hour = RollupHours.HourOf(startedAt);
        var hungUp = false;
        TracePathReader.ForEachStep(details, step =>
        {
            var outcome = step.Outcome ?? "";
            if (outcome == IvrNavigationReport.HangupOutcome) hungUp = true;
            Count(hour, callFlow, step.Flow ?? callFlow, step.ActivityId, step.Type, outcome);
        });
        Count(hour, callFlow, callFlow, "", "", "");
        if (hungUp) Count(hour, callFlow, callFlow, "", "", IvrNavigationReport.HangupOutcome);
    }

    private void Count(DateTime hour, string callFlow, string flow, string node, string type, string outcome)
    {
        var key = (hour, RollupText.Cut(callFlow), RollupText.Cut(flow), RollupText.Cut(node), RollupText.Cut(type), RollupText.Cut(outcome));
        if (!Hours.TryGetValue(key, out var row))
            Hours[key] = row = new IvrHour { HourUtc = hour, CallFlow = key.Item2, Flow = key.Item3, Node = key.Item4, Type = key.Item5, Outcome = key.Item6 };
        row.Count++;
    }


    /// <summary>The report's rows (by flow, most entered first) and totals from counted rows of any hours.</summary>
    public static ReportResult<IvrNodeRow> Report(IEnumerable<IvrHour> rows)
    {
        int calls = 0, hungUp = 0;
        var nodes = new Dictionary<(string Flow, string Node), (string Type, int Entered, int Hangup, Dictionary<string, int> Outcomes)>();
        foreach (var row in rows)
        {
            if (row.Node == "")
            {
                if (row.Outcome == "") calls += row.Count;
                else hungUp += row.Count;
                continue;
            }
            var key = (row.Flow, row.Node);
            if (!nodes.TryGetValue(key, out var node)) node = (row.Type, 0, 0, new Dictionary<string, int>(StringComparer.Ordinal));
            node.Entered += row.Count;
            if (row.Outcome == IvrNavigationReport.HangupOutcome) node.Hangup += row.Count;
            else if (row.Outcome != "") node.Outcomes[row.Outcome] = node.Outcomes.GetValueOrDefault(row.Outcome) + row.Count;
            nodes[key] = node;
        }
        var result = nodes.OrderBy(n => n.Key.Flow, StringComparer.Ordinal).ThenByDescending(n => n.Value.Entered).ThenBy(n => n.Key.Node, StringComparer.Ordinal)
            .Select(n => new IvrNodeRow(n.Key.Flow, n.Key.Node, n.Value.Type, n.Value.Entered, n.Value.Hangup, n.Value.Outcomes)).ToList();
        return new ReportResult<IvrNodeRow>(result, new IvrNodeRow("", "", "", calls, hungUp, new Dictionary<string, int>()));
    }
}
