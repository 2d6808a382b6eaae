namespace CallCenter.Telephony.Sessions.Forwarding;

/// <summary>
/// The order in which a call to an extension rings its destinations under <see cref="ForwardingRules"/> (see there).
/// <see cref="First"/> is the extension (or the unconditional target); after a failed step <see cref="Next"/> gives the
/// next one, or null when the caller is to get the last failure. Forwarding to the extension itself is skipped (no loops),
/// and at most 3 follow-me steps are used.
/// </summary>
internal sealed class ForwardingPlan
{
    public const string Dialled = "dialled";
    public const int MaxFollowMeSteps = 3;
    private readonly string _extension;
    private readonly ForwardingRules? _rules;
    private readonly TimeSpan _defaultRing;
    private Queue<RingStep>? _rest;

    public ForwardingPlan(string extension, ForwardingRules? rules, TimeSpan defaultRing)
    {
        _extension = extension;
        _rules = rules is { IsEmpty: false } ? rules : null;
        _defaultRing = defaultRing;
        if (_rules?.Always is { } always && !IsSelf(always))
        {
            First = new RingStep(always, defaultRing, "unconditional");
            _rest = new Queue<RingStep>();
            return;
        }
        var shortRing = _rules is not null && (_rules.NoAnswer is not null || _rules.FollowMe.Count > 0);
        First = new RingStep(extension, shortRing ? _rules!.NoAnswerTimeout : defaultRing, Dialled);
    }

    /// <summary>The first destination to ring.</summary>
    public RingStep First { get; }

    /// <summary>Whether any forwarding applies.</summary>
    public bool Forwards => _rules is not null;

    /// <summary>The destination after a failed step (<paramref name="busy"/>: every phone refused busy), or null.</summary>
    public RingStep? Next(bool busy)
    {
        if (_rest is null)
        {
            _rest = new Queue<RingStep>();
            if (_rules is null) return null;
            var target = busy ? _rules.Busy : _rules.NoAnswer;
            if (target is not null && !IsSelf(target)) return new RingStep(target, _defaultRing, busy ? "busy" : "no answer");
            var count = 0;
            foreach (var step in _rules.FollowMe)
            {
                if (IsSelf(step.Target) || step.RingTime <= TimeSpan.Zero) continue;
                if (++count > MaxFollowMeSteps) break;
                _rest.Enqueue(new RingStep(step.Target, step.RingTime, $"follow-me {count}"));
            }
        }
        return _rest.TryDequeue(out var next) ? next : null;
    }

    private bool IsSelf(string target) => string.Equals(target, _extension, StringComparison.Ordinal);
}
