using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The click-to-dial calls of this process, live and recently over (kept <see cref="DialingOptions.KeepEndedMinutes"/>), by dial
/// id, for the status API and the agent desk; at most one live dial per agent. <see cref="Changed"/> tells of each step.
/// </summary>
public sealed class Dials(TimeProvider time, IOptions<DialingOptions> options)
{
    private readonly ConcurrentDictionary<string, DialSnapshot> _dials = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _liveByAgent = new(StringComparer.Ordinal);

    /// <summary>Raised after every change of a dial (on the dialling task: handlers must be quick and must not throw).</summary>
    public event Action<DialSnapshot>? Changed;

    public DialSnapshot? Find(string dialId) => _dials.GetValueOrDefault(dialId);

    /// <summary>The agent's dial in progress, or null.</summary>
    public DialSnapshot? LiveOf(string agentId) => _liveByAgent.TryGetValue(agentId, out var id) ? Find(id) : null;

    /// <summary>Dials kept now, newest first, optionally of one agent.</summary>
    public IReadOnlyList<DialSnapshot> Recent(string? agentId = null) =>
        [.. _dials.Values.Where(d => agentId is null || d.AgentId == agentId).OrderByDescending(d => d.StartedAt)];

    // Registers a new dial unless the agent has one going; drops dials over for longer than the retention.
    internal bool TryBegin(DialSnapshot dial)
    {
        if (!_liveByAgent.TryAdd(dial.AgentId, dial.DialId)) return false;
        var cutoff = time.GetUtcNow() - TimeSpan.FromMinutes(Math.Max(0, options.Value.KeepEndedMinutes));
        foreach (var old in _dials.Values)
            if (old.EndedAt is { } ended && ended < cutoff) _dials.TryRemove(old.DialId, out _);
        _dials[dial.DialId] = dial;
        Changed?.Invoke(dial);
        return true;
    }

    internal void Update(DialSnapshot dial)
    {
        _dials[dial.DialId] = dial;
        if (dial.IsOver) _liveByAgent.TryRemove(new KeyValuePair<string, string>(dial.AgentId, dial.DialId));
        Changed?.Invoke(dial);
    }
}
