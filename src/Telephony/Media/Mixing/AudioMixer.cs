using CallCenter.Telephony.Media.Clock;

namespace CallCenter.Telephony.Media.Mixing;

/// <summary>
/// An N-party audio mixer (conference bridge, supervisor monitor / whisper / barge) for 8 kHz 16-bit mono frames,
/// paced by the one media clock: add it as a sink (<see cref="MediaClock.Add"/>) and on every tick it reads each
/// speaking participant's input exactly once, sums the frames in 32 bits, and gives each participant the sum minus its
/// own contribution (mix-minus) plus what is whispered to it, saturated to 16 bits. Each participant's output
/// (<see cref="MixerParticipant"/>, an <see cref="IAudioSource"/>) then returns that mix to its leg, whatever order
/// the legs are ticked in: a leg ticked before the mixer in a clock tick sends the previous tick's mix, one ticked
/// after it the current one, so every frame received is heard once and the added delay is at most one tick.
/// <para>
/// Cost per tick is O(N) (one pass to sum, one to subtract), not O(N²); buffers are allocated when a participant
/// joins, never per tick. <see cref="Add"/>, <see cref="Remove"/> and <see cref="SetRole"/> may be called from
/// any thread; a change applies from the next tick. Digits are not mixed (a mixer carries audio only).
/// </para>
/// </summary>
public sealed class AudioMixer : IMediaClockSink
{
    /// <summary>Default and usual limit of participants (issue 5: conferences of up to 60 parties).</summary>
    public const int DefaultMaxParticipants = 60;

    /// <summary>Samples in a 20 ms frame at 8 kHz.</summary>
    public const int DefaultFrameSamples = 160;

    private readonly Lock _gate = new();
    private readonly MixerParticipant[] _active;
    private readonly int[] _sum;
    private readonly short[] _mix;
    private readonly int _frameSamples;
    private volatile IAudioFrameTap[] _taps = [];
    private int _count;
    private long _ticks;

    /// <summary>A mixer for at most <paramref name="maxParticipants"/> participants (default 60) of <paramref name="frameSamples"/>-sample frames.</summary>
    public AudioMixer(int maxParticipants = DefaultMaxParticipants, int frameSamples = DefaultFrameSamples)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParticipants, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(frameSamples, 1);
        MaxParticipants = maxParticipants;
        _frameSamples = frameSamples;
        _active = new MixerParticipant[maxParticipants];
        _sum = new int[frameSamples];
        _mix = new short[frameSamples];
    }

    /// <summary>The most participants this mixer takes.</summary>
    public int MaxParticipants { get; }

    /// <summary>Participants now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Ticks mixed so far.</summary>
    public long TicksMixed => Interlocked.Read(ref _ticks);

    /// <summary>A snapshot of the participants (allocates; not for the clock thread).</summary>
    public IReadOnlyList<MixerParticipant> Participants
    {
        get
        {
            lock (_gate) return _active.AsSpan(0, _count).ToArray();
        }
    }

    /// <summary>
    /// Adds a participant speaking <paramref name="input"/> in <paramref name="role"/> (a whisperer needs
    /// <paramref name="whisperTarget"/>); null when the mixer is full. Set the result as the participant's leg's source.
    /// </summary>
    public MixerParticipant? Add(IAudioSource input, ParticipantRole role = ParticipantRole.Full, MixerParticipant? whisperTarget = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        lock (_gate)
        {
            if (_count == MaxParticipants) return null;
            CheckTarget(role, whisperTarget, null);
            var participant = new MixerParticipant(this, input, _frameSamples, role, role == ParticipantRole.Whisper ? whisperTarget : null);
            participant.Index = _count;
            _active[_count] = participant;
            Volatile.Write(ref _count, _count + 1);
            return participant;
        }
    }

    /// <summary>
    /// Removes a participant (its output goes silent); whoever whispered to it becomes a listener.
    /// False when it was not in this mixer.
    /// </summary>
    public bool Remove(MixerParticipant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        lock (_gate)
        {
            int index = participant.Index;
            if (!ReferenceEquals(participant.Mixer, this) || index < 0) return false;
            int last = _count - 1;
            if (index != last)
            {
                _active[index] = _active[last];
                _active[index].Index = index;
            }

            _active[last] = null!;
            participant.Index = -1;
            participant.HasOutput = false;
            Volatile.Write(ref _count, last);
            for (int i = 0; i < last; i++)
            {
                var other = _active[i];
                if (ReferenceEquals(other.TargetValue, participant))
                {
                    other.RoleValue = ParticipantRole.Listen;
                    other.TargetValue = null;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// Changes a participant's role from the next tick (monitor → whisper → barge). <paramref name="whisperTarget"/> is
    /// required for <see cref="ParticipantRole.Whisper"/> (another participant of this mixer) and ignored otherwise.
    /// </summary>
    public void SetRole(MixerParticipant participant, ParticipantRole role, MixerParticipant? whisperTarget = null)
    {
        ArgumentNullException.ThrowIfNull(participant);
        lock (_gate)
        {
            if (!ReferenceEquals(participant.Mixer, this) || participant.Index < 0)
                throw new ArgumentException("The participant is not in this mixer.", nameof(participant));
            CheckTarget(role, whisperTarget, participant);
            participant.RoleValue = role;
            participant.TargetValue = role == ParticipantRole.Whisper ? whisperTarget : null;
        }
    }

    /// <summary>
    /// Adds a tap that sees, each tick, the whole mix (everyone speaking with <see cref="ParticipantRole.Full"/>; whispers
    /// are private and left out) as its received frame, with an empty sent frame — a <c>CallRecorder</c> records the conference.
    /// </summary>
    public void AddTap(IAudioFrameTap tap)
    {
        ArgumentNullException.ThrowIfNull(tap);
        lock (_gate) _taps = [.. _taps, tap];
    }

    /// <summary>Removes a tap; false when it was not attached.</summary>
    public bool RemoveTap(IAudioFrameTap tap)
    {
        lock (_gate)
        {
            int index = Array.IndexOf(_taps, tap);
            if (index < 0) return false;
            _taps = [.. _taps[..index], .. _taps[(index + 1)..]];
            return true;
        }
    }

    /// <summary>Mixes one tick (the media clock calls it on its thread; tests and benchmarks call it directly).</summary>
    public void OnTick(long tick)
    {
        int talkers;
        lock (_gate)
        {
            talkers = Mix();
            Interlocked.Increment(ref _ticks);
        }

        var taps = _taps;
        if (taps.Length == 0) return;
        // Only this thread writes _mix, on the next tick: the taps may read it outside the lock.
        if (talkers > 0) MixKernel.MixMinus(_sum, default, default, _mix);
        ReadOnlySpan<short> mix = talkers > 0 ? _mix : default;
        for (int i = 0; i < taps.Length; i++) taps[i].OnFrames(tick, mix, default);
    }

    // Returns how many Full participants spoke. Two passes over the participants: O(N) frames of work.
    private int Mix()
    {
        var active = _active;
        int count = _count;
        Span<int> sum = _sum;
        sum.Clear();
        for (int i = 0; i < count; i++)
        {
            active[i].Talking = false;
            active[i].HasWhisper = false;
        }

        int talkers = 0;
        for (int i = 0; i < count; i++)
        {
            var p = active[i];
            var role = p.RoleValue;
            if (role is not (ParticipantRole.Full or ParticipantRole.Whisper) || !p.Input.Read(p.InputFrame)) continue;
            p.Talking = true;
            if (role == ParticipantRole.Full)
            {
                MixKernel.Add(sum, p.InputFrame);
                talkers++;
            }
            else if (p.TargetValue is { } target)
            {
                if (target.HasWhisper) MixKernel.Add(target.WhisperSum, p.InputFrame);
                else MixKernel.Set(target.WhisperSum, p.InputFrame);
                target.HasWhisper = true;
            }
        }

        for (int i = 0; i < count; i++)
        {
            var p = active[i];
            bool own = p.Talking && p.RoleValue == ParticipantRole.Full;
            if (talkers - (own ? 1 : 0) == 0 && !p.HasWhisper)
            {
                p.HasOutput = false;
                continue;
            }

            MixKernel.MixMinus(sum, own ? p.InputFrame : default, p.HasWhisper ? p.WhisperSum : default, p.Output);
            p.HasOutput = true;
        }

        return talkers;
    }

    private void CheckTarget(ParticipantRole role, MixerParticipant? target, MixerParticipant? self)
    {
        if (role != ParticipantRole.Whisper) return;
        if (target is null) throw new ArgumentException("A whisperer needs a target.", nameof(target));
        if (!ReferenceEquals(target.Mixer, this) || target.Index < 0) throw new ArgumentException("The whisper target is not in this mixer.", nameof(target));
        if (ReferenceEquals(target, self)) throw new ArgumentException("A participant cannot whisper to itself.", nameof(target));
    }
}
