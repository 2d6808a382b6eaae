using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports.Rollups;

/// <summary>
/// Adds state intervals to per-(hour, agent) rows, cut at hour boundaries: what folding does with closed intervals and
/// what a report does with the ones after the mark. Intervals are clipped to [<paramref name="fromUtc"/>, <paramref name="toUtc"/>).
/// </summary>
internal sealed class AgentStateSpread(DateTime fromUtc, DateTime toUtc)
{
    public Dictionary<(DateTime, string), AgentStateHour> Hours { get; } = [];

    /// <summary>Everything (folding: no clipping).</summary>
    public static AgentStateSpread Unbounded() => new(DateTime.MinValue, DateTime.MaxValue);

    public void Add(string agent, AgentStatus state, DateTime from, DateTime to)
    {
        if (state == AgentStatus.LoggedOut) return;
        if (from < fromUtc) from = fromUtc;
        if (to > toUtc) to = toUtc;
        while (from < to)
        {
            var hour = RollupHours.HourOf(from);
            var next = hour.AddHours(1);
            var upTo = next < to ? next : to;
            if (!Hours.TryGetValue((hour, agent), out var row)) Hours[(hour, agent)] = row = new AgentStateHour { HourUtc = hour, Agent = agent };
            row.Add(state, (upTo - from).TotalSeconds);
            from = upTo;
        }
    }
}
