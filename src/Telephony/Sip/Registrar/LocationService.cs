using System.Net;
using CallCenter.Telephony.Sip.Transport;

namespace CallCenter.Telephony.Sip.Registrar;

/// <summary>
/// The registrar's location service (RFC 3261 §10.3 steps 6–8), in memory: adds, refreshes and
/// removes contacts of an address of record; refuses out-of-order REGISTERs and too-short expiries;
/// expired bindings are never returned and are swept by <see cref="RemoveExpired"/>.
/// </summary>
public sealed class LocationService(TimeProvider time, TimeSpan minExpires, TimeSpan maxExpires)
{
    private readonly Dictionary<string, List<Binding>> _bindings = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    public const string Wildcard = "*";

    /// <summary>Applies one REGISTER's contacts atomically.</summary>
    public RegistrationResult Register(string aor, string callId, long cseq, IPEndPoint source, SipProtocol protocol, IReadOnlyList<BindingUpdate> updates, string? userAgent = null)
    {
        var now = time.GetUtcNow();
        lock (_gate)
        {
            var current = Current(aor, now);
            if (updates.Any(u => u.Contact == Wildcard))
            {
                if (updates.Count != 1 || updates[0].Expires != TimeSpan.Zero) return new(RegistrationOutcome.InvalidWildcard, current);
                if (current.Any(b => b.CallId == callId && cseq <= b.CSeq)) return new(RegistrationOutcome.OutOfOrder, current);
                _bindings.Remove(aor);
                return new(RegistrationOutcome.Ok, []);
            }
            foreach (var update in updates)
            {
                if (update.Expires > TimeSpan.Zero && update.Expires < minExpires) return new(RegistrationOutcome.IntervalTooBrief, current, minExpires);
                var existing = current.Find(b => SameContact(b.Contact, update.Contact));
                if (existing is not null && existing.CallId == callId && cseq <= existing.CSeq) return new(RegistrationOutcome.OutOfOrder, current);
            }
            var next = new List<Binding>(current);
            foreach (var update in updates)
            {
                next.RemoveAll(b => SameContact(b.Contact, update.Contact));
                if (update.Expires <= TimeSpan.Zero) continue;
                var expires = update.Expires > maxExpires ? maxExpires : update.Expires;
                next.Add(new Binding(aor, update.Contact, now + expires, callId, cseq, source, protocol, update.Q, userAgent));
            }
            if (next.Count == 0) _bindings.Remove(aor);
            else _bindings[aor] = next;
            return new(RegistrationOutcome.Ok, next);
        }
    }

    /// <summary>The live contacts of an address of record, best q first, most recent first among equals.</summary>
    public IReadOnlyList<Binding> Lookup(string aor)
    {
        lock (_gate)
        {
            var current = Current(aor, time.GetUtcNow());
            current.Sort((a, b) => b.Q != a.Q ? b.Q.CompareTo(a.Q) : b.ExpiresAt.CompareTo(a.ExpiresAt));
            return current;
        }
    }

    /// <summary>Every live binding of every address of record (a snapshot).</summary>
    public IReadOnlyList<Binding> All
    {
        get
        {
            var now = time.GetUtcNow();
            lock (_gate) return [.. _bindings.Values.SelectMany(list => list).Where(b => b.ExpiresAt > now)];
        }
    }

    /// <summary>Drops every expired binding; returns how many went.</summary>
    public int RemoveExpired()
    {
        var now = time.GetUtcNow();
        var removed = 0;
        lock (_gate)
        {
            foreach (var aor in _bindings.Keys.ToList())
            {
                var list = _bindings[aor];
                removed += list.RemoveAll(b => b.ExpiresAt <= now);
                if (list.Count == 0) _bindings.Remove(aor);
            }
        }
        return removed;
    }

    public int Count
    {
        get { lock (_gate) return _bindings.Values.Sum(l => l.Count); }
    }

    private List<Binding> Current(string aor, DateTimeOffset now) =>
        _bindings.TryGetValue(aor, out var list) ? list.Where(b => b.ExpiresAt > now).ToList() : [];

    // RFC 3261 §10.3 step 7 compares contact URIs by URI equality; the case-insensitive text of the
    // URI without its angle brackets covers what phones send in practice.
    private static bool SameContact(string a, string b) =>
        string.Equals(a.Trim('<', '>', ' '), b.Trim('<', '>', ' '), StringComparison.OrdinalIgnoreCase);
}
