using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Adds up one agent's state changes, in time order, into time per state within [start, end), and per local day the
/// first login, the last logout and the time logged in. A state still open at <c>end</c> counts up to <c>end</c>.
/// Without <paramref name="trackDays"/> only the state times are kept: the per-day part converts every change to local
/// time and was most of the agent report's cost over a year.
/// </summary>
internal sealed class AgentStateTimeline(DateTime startUtc, DateTime endUtc, ReportPeriod period, bool trackDays = true)
{
    private readonly double[] _seconds = new double[Enum.GetValues<AgentStatus>().Length];
    private readonly SortedDictionary<DateOnly, (DateTime? FirstLogin, DateTime? LastLogout, double LoggedIn)> _days = [];
    private AgentStatus _state = AgentStatus.LoggedOut;
    private readonly DateTime _start = startUtc;
    private DateTime _since = startUtc;

    public double this[AgentStatus status] => _seconds[(int)status];

    public double LoggedIn
    {
        get
        {
            var sum = 0.0;
            for (var s = 0; s < _seconds.Length; s++) if (s != (int)AgentStatus.LoggedOut) sum += _seconds[s];
            return sum;
        }
    }

    public IEnumerable<(DateOnly Day, DateTime? FirstLogin, DateTime? LastLogout, double LoggedIn)> Days =>
        _days.Select(d => (d.Key, d.Value.FirstLogin, d.Value.LastLogout, d.Value.LoggedIn));

    /// <summary>A change before the period only sets the state the period starts in.</summary>
    public void Add(DateTime at, AgentStatus from, AgentStatus to)
    {
        if (at < _start) { _state = to; return; }
        Close(at);
        _state = to;
        if (!trackDays) return;
        var local = period.ToLocal(at);
        var day = DateOnly.FromDateTime(local);
        var entry = _days.GetValueOrDefault(day);
        if (from == AgentStatus.LoggedOut && to != AgentStatus.LoggedOut && entry.FirstLogin is null) entry.FirstLogin = local;
        if (to == AgentStatus.LoggedOut && from != AgentStatus.LoggedOut) entry.LastLogout = local;
        _days[day] = entry;
    }

    /// <summary>Counts the open state up to <paramref name="until"/> (the end of the period, or now).</summary>
    public void Close(DateTime until)
    {
        until = until > endUtc ? endUtc : until;
        if (until <= _since) return;
        _seconds[(int)_state] += (until - _since).TotalSeconds;
        if (trackDays && _state != AgentStatus.LoggedOut) SpreadOverDays(_since, until);
        _since = until;
    }

    private void SpreadOverDays(DateTime from, DateTime to)
    {
        while (from < to)
        {
            var day = DateOnly.FromDateTime(period.ToLocal(from));
            var nextMidnight = ReportPeriod.ToUtc(day.AddDays(1), period.Zone);
            var upTo = nextMidnight < to ? nextMidnight : to;
            var entry = _days.GetValueOrDefault(day);
            entry.LoggedIn += (upTo - from).TotalSeconds;
            _days[day] = entry;
            from = upTo;
        }
    }
}
