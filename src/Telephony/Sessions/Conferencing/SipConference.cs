using CallCenter.Telephony.Media;
using CallCenter.Telephony.Media.Clock;
using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Rtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CallCenter.Telephony.Sessions.Conferencing;

/// <summary>
/// <see cref="IConference"/> over this server's call sessions: one <see cref="AudioMixer"/> on the calls' media clock (hooked
/// on when the first call joins, unhooked on disposal); each call's leg plays its participant's mix and feeds the mixer
/// its received audio. A call's hang-up removes it synchronously, before its RTP is closed.
/// </summary>
internal sealed class SipConference : IConference
{
    private readonly AudioMixer _mixer;
    private readonly Lock _gate = new();
    private readonly Dictionary<SipCallSession, Member> _members = [];
    private readonly Action<ICallSession, HangupInfo> _onHungUp;
    private MediaClock? _clock;
    private ILogger _logger = NullLogger.Instance;
    private CallRecorder? _recorder;
    private bool _disposed;

    public SipConference(string? name, int maxParticipants)
    {
        _mixer = new AudioMixer(maxParticipants);
        Id = Guid.NewGuid().ToString("N")[..12];
        Name = string.IsNullOrWhiteSpace(name) ? $"conference-{Id}" : name;
        _onHungUp = (session, _) => Leave((SipCallSession)session, restore: false, "hung up");
    }

    public string Id { get; }
    public string Name { get; }
    public int MaxParticipants => _mixer.MaxParticipants;

    public IReadOnlyList<ConferenceParticipant> Participants
    {
        get
        {
            lock (_gate) return [.. _members.Values.Select(m => m.Participant)];
        }
    }

    public event Action<IConference, ConferenceParticipant>? ParticipantJoined;
    public event Action<IConference, ConferenceParticipant>? ParticipantLeft;
    public event Action<IConference, ConferenceParticipant>? ParticipantRoleChanged;

    public async Task<ConferenceJoinResult> AddAsync(ICallSession session, ParticipantRole role = ParticipantRole.Full, ICallSession? whisperTarget = null,
        CancellationToken ct = default)
    {
        var call = session as SipCallSession ?? throw new ArgumentException("Only a call of this server can join its conferences.", nameof(session));
        if (call.State == CallSessionState.Ringing) await call.AnswerAsync(ct).ConfigureAwait(false);
        if (call.State != CallSessionState.Answered || call.Rtp is not { } rtp) return Refused(ConferenceJoinOutcome.HungUp, $"Call {call.Id} has ended.");
        if (call.IsBridged)
            return Refused(ConferenceJoinOutcome.Bridged, $"Call {call.Id} is bridged: end its bridge (cancel BridgeAsync and await it) before it joins.");

        ConferenceParticipant participant;
        lock (_gate)
        {
            if (_disposed) return Refused(ConferenceJoinOutcome.ConferenceEnded, $"Conference {Name} has ended.");
            if (_members.ContainsKey(call)) throw new ArgumentException($"Call {call.Id} is already in conference {Name}.", nameof(session));
            var target = role == ParticipantRole.Whisper ? TargetOf(whisperTarget) : null;
            var clock = call.Context.Clock;
            if (_clock is not null && !ReferenceEquals(_clock, clock))
                throw new ArgumentException($"Call {call.Id} is paced by another media clock than conference {Name}.", nameof(session));
            if (_mixer.Add(rtp.Received, role, target?.Participant.Mix) is not { } mix)
                return Refused(ConferenceJoinOutcome.ConferenceFull, $"Conference {Name} is full ({MaxParticipants} participants).");
            if (_clock is null)
            {
                _clock = clock;
                _logger = call.Context.Loggers.CreateLogger<SipConference>();
                clock.Add(_mixer);
            }

            participant = new ConferenceParticipant(call, mix, call.Context.Time.GetUtcNow(), target?.Participant.Session);
            _members.Add(call, new Member(participant, rtp, rtp.Source));
            rtp.Source = mix;
            call.HungUp += _onHungUp;
        }

        _logger.LogInformation("Call {CallId} joined conference {Conference} as {Role}", call.Id, Name, role);
        ParticipantJoined?.Invoke(this, participant);
        // It may have hung up before we listened: then it leaves now.
        if (call.State == CallSessionState.Ended) Leave(call, restore: false, "hung up");
        return new ConferenceJoinResult(ConferenceJoinOutcome.Joined, participant, $"Call {call.Id} joined conference {Name}.");
    }

    public Task<bool> SetRoleAsync(ICallSession session, ParticipantRole role, ICallSession? whisperTarget = null, CancellationToken ct = default)
    {
        ConferenceParticipant participant;
        lock (_gate)
        {
            if (session is not SipCallSession call || !_members.TryGetValue(call, out var member)) return Task.FromResult(false);
            Member? target = null;
            if (role == ParticipantRole.Whisper)
            {
                if (whisperTarget is not SipCallSession targetCall || !_members.TryGetValue(targetCall, out target)) return Task.FromResult(false);
                if (ReferenceEquals(target, member)) throw new ArgumentException("A call cannot whisper to itself.", nameof(whisperTarget));
            }

            _mixer.SetRole(member.Participant.Mix, role, target?.Participant.Mix);
            member.Participant.TargetValue = target?.Participant.Session;
            participant = member.Participant;
        }

        _logger.LogInformation("Call {CallId} in conference {Conference} is now {Role}", session.Id, Name, role);
        ParticipantRoleChanged?.Invoke(this, participant);
        return Task.FromResult(true);
    }

    public Task<bool> RemoveAsync(ICallSession session, CancellationToken ct = default) =>
        Task.FromResult(session is SipCallSession call && Leave(call, restore: true, "removed"));

    public CallRecorder Record(RecordingOptions options)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_recorder is { IsStopped: false }) throw new InvalidOperationException($"Conference {Name} is already being recorded.");
            var recorder = new CallRecorder(options);
            _recorder = recorder;
            _mixer.AddTap(recorder);
            _ = recorder.Completion.ContinueWith(_ => _mixer.RemoveTap(recorder), TaskScheduler.Default);
            return recorder;
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<Member> members;
        CallRecorder? recorder;
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
            members = [.. _members.Values];
            _members.Clear();
            _clock?.Remove(_mixer);
            foreach (var member in members) Detach(member, restore: true);
            recorder = _recorder;
        }

        foreach (var member in members) ParticipantLeft?.Invoke(this, member.Participant);
        if (recorder is not null) await recorder.StopAsync().ConfigureAwait(false);
        _logger.LogInformation("Conference {Conference} ended", Name);
    }

    private bool Leave(SipCallSession call, bool restore, string why)
    {
        Member member;
        List<ConferenceParticipant> demoted = [];
        lock (_gate)
        {
            if (!_members.Remove(call, out member!)) return false;
            Detach(member, restore);
            foreach (var other in _members.Values)
            {
                // The mixer made its whisperers listeners.
                if (!ReferenceEquals(other.Participant.TargetValue, call)) continue;
                other.Participant.TargetValue = null;
                demoted.Add(other.Participant);
            }
        }

        _logger.LogInformation("Call {CallId} left conference {Conference}: {Reason}", call.Id, Name, why);
        ParticipantLeft?.Invoke(this, member.Participant);
        foreach (var participant in demoted) ParticipantRoleChanged?.Invoke(this, participant);
        return true;
    }

    private void Detach(Member member, bool restore)
    {
        _mixer.Remove(member.Participant.Mix);
        member.Participant.Session.HungUp -= _onHungUp;
        // Only if nothing else (a prompt, hold) took the leg meanwhile.
        if (restore && ReferenceEquals(member.Rtp.Source, member.Participant.Mix)) member.Rtp.Source = member.PreviousSource;
    }

    private Member TargetOf(ICallSession? target)
    {
        if (target is null) throw new ArgumentException("A whisperer needs a target.", nameof(target));
        if (target is not SipCallSession call || !_members.TryGetValue(call, out var member))
            throw new ArgumentException($"The whisper target {target.Id} is not in conference {Name}.", nameof(target));
        return member;
    }

    private static ConferenceJoinResult Refused(ConferenceJoinOutcome outcome, string message) => new(outcome, null, message);

    private sealed record Member(ConferenceParticipant Participant, RtpMediaSession Rtp, IAudioSource? PreviousSource);
}
