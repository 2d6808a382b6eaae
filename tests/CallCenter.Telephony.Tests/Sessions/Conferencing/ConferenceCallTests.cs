using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Recording;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Conferencing;
using CallCenter.Telephony.Tests.Media;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions.Conferencing;

/// <summary>
/// Conferences of real calls on loopback: each phone says its own tone over RTP and the test checks, per phone, which
/// tones come back (Goertzel) — three parties, a supervisor's monitor, whisper and barge, hang-up, disposal, recording.
/// </summary>
public sealed class ConferenceCallTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    private readonly ScriptedCallHandler _handler = new(async (call, ct) =>
    {
        await call.AnswerAsync(ct);
        await Task.Delay(Timeout.Infinite, ct);
    });
    private readonly List<ToneCaller> _callers = [];
    private B2buaServerFixture _server = null!;

    public Task InitializeAsync()
    {
        _server = new B2buaServerFixture(_handler);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var caller in _callers) await caller.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task A_bridged_call_moves_into_a_conference_where_three_parties_each_hear_the_other_two()
    {
        var (caller, callerCall) = await CallAsync("13800000001", 500);
        var (agent, agentCall) = await CallAsync("13800000002", 900);
        using var unbridge = new CancellationTokenSource();
        var bridging = callerCall.BridgeAsync(agentCall, ct: unbridge.Token);
        await caller.HearsAsync([agent], []);

        // The supervisor barges: unbridge (await it), then caller, agent and supervisor into one conference.
        await unbridge.CancelAsync();
        Assert.Equal(BridgeEnd.Unbridged, (await bridging.WaitAsync(Wait)).End);
        var (supervisor, supervisorCall) = await CallAsync("13800000003", 1300);
        await using var conference = _server.Telephony.CreateConference("barge");
        var joined = new List<ICallSession>();
        conference.ParticipantJoined += (_, p) => { lock (joined) joined.Add(p.Session); };
        foreach (var call in new[] { callerCall, agentCall, supervisorCall })
            Assert.Equal(ConferenceJoinOutcome.Joined, (await conference.AddAsync(call)).Outcome);

        await Task.WhenAll(
            caller.HearsAsync([agent, supervisor], []),
            agent.HearsAsync([caller, supervisor], []),
            supervisor.HearsAsync([caller, agent], []));
        Assert.Equal([callerCall, agentCall, supervisorCall], joined);
        Assert.All(conference.Participants, p => Assert.Equal(ParticipantRole.Full, p.Role));
    }

    [Fact]
    public async Task A_supervisor_monitors_then_whispers_to_the_agent_then_barges()
    {
        var (caller, callerCall) = await CallAsync("13800000011", 500);
        var (agent, agentCall) = await CallAsync("13800000012", 900);
        var (supervisor, supervisorCall) = await CallAsync("13800000013", 1300);
        await using var conference = _server.Telephony.CreateConference();
        await conference.AddAsync(callerCall);
        await conference.AddAsync(agentCall);
        await conference.AddAsync(supervisorCall, ParticipantRole.Listen);

        // Monitor: the supervisor hears both; neither hears the supervisor.
        await Task.WhenAll(
            caller.HearsAsync([agent], [supervisor]),
            agent.HearsAsync([caller], [supervisor]),
            supervisor.HearsAsync([caller, agent], []));

        // Whisper: the agent hears the supervisor, the caller does not.
        Assert.True(await conference.SetRoleAsync(supervisorCall, ParticipantRole.Whisper, agentCall));
        Assert.Same(agentCall, conference.Participants.Single(p => p.Session == supervisorCall).WhisperTarget);
        await Task.WhenAll(
            caller.HearsAsync([agent], [supervisor]),
            agent.HearsAsync([caller, supervisor], []),
            supervisor.HearsAsync([caller, agent], []));

        // Barge: a three-way call.
        Assert.True(await conference.SetRoleAsync(supervisorCall, ParticipantRole.Full));
        await Task.WhenAll(
            caller.HearsAsync([agent, supervisor], []),
            agent.HearsAsync([caller, supervisor], []),
            supervisor.HearsAsync([caller, agent], []));
    }

    [Fact]
    public async Task A_caller_who_hangs_up_leaves_and_disposing_gives_the_others_back_what_they_played_before()
    {
        var (caller, callerCall) = await CallAsync("13800000021", 500);
        var (agent, agentCall) = await CallAsync("13800000022", 900);
        var (third, thirdCall) = await CallAsync("13800000023", 1300);
        // On hold the caller hears the hold tone (450 Hz): what it should hear again once the conference ends.
        await callerCall.HoldAsync(true);
        var holdTone = await caller.ListenAsync();
        Assert.True(Goertzel.Amplitude(holdTone, 450) > ToneCaller.Present);
        var conference = _server.Telephony.CreateConference("leave");
        var left = new TaskCompletionSource<ConferenceParticipant>(TaskCreationOptions.RunContinuationsAsynchronously);
        conference.ParticipantLeft += (_, p) => left.TrySetResult(p);
        foreach (var call in new[] { callerCall, agentCall, thirdCall }) await conference.AddAsync(call);
        var listening = await caller.ListenAsync();
        Assert.True(Goertzel.Amplitude(listening, 450) < ToneCaller.Absent, "the conference replaced the hold tone");

        await third.HangUpAsync();
        Assert.Same(thirdCall, (await left.Task.WaitAsync(Wait)).Session);
        Assert.Equal(2, conference.Participants.Count);
        await Task.WhenAll(caller.HearsAsync([agent], [third]), agent.HearsAsync([caller], [third]));

        await conference.DisposeAsync();
        Assert.Empty(conference.Participants);
        var after = await caller.ListenAsync();
        Assert.True(Goertzel.Amplitude(after, 450) > ToneCaller.Present, "the hold tone is back");
        Assert.True(Goertzel.Amplitude(after, agent.Frequency) < ToneCaller.Absent, "the agent is no longer heard");
        Assert.Equal(ConferenceJoinOutcome.ConferenceEnded, (await conference.AddAsync(agentCall)).Outcome);
    }

    [Fact]
    public async Task The_conference_is_recorded_with_both_parties_and_a_full_conference_or_a_bridged_call_is_refused()
    {
        var (caller, callerCall) = await CallAsync("13800000031", 500);
        var (agent, agentCall) = await CallAsync("13800000032", 900);
        var (supervisor, supervisorCall) = await CallAsync("13800000033", 1300);
        await using var conference = _server.Telephony.CreateConference("recorded", maxParticipants: 2);
        await conference.AddAsync(callerCall);
        await conference.AddAsync(agentCall);
        Assert.Equal(ConferenceJoinOutcome.ConferenceFull, (await conference.AddAsync(supervisorCall)).Outcome);
        await Assert.ThrowsAsync<ArgumentException>(() => conference.AddAsync(callerCall));

        // Record once both parties are heard (the phones have just started talking).
        await Task.WhenAll(caller.HearsAsync([agent], []), agent.HearsAsync([caller], []));
        var path = Path.Combine(Path.GetTempPath(), $"conference-{Guid.NewGuid():N}.wav");
        try
        {
            var recorder = conference.Record(new RecordingOptions { MixedPath = path, MaxDuration = TimeSpan.FromSeconds(1) });
            var result = await recorder.Completion.WaitAsync(Wait);
            Assert.Equal(RecordingStopReason.MaxDuration, result.Reason);
            var recorded = PromptLoader.Load(path).Prompt!.Samples[1600..];
            Assert.True(Goertzel.Amplitude(recorded, caller.Frequency) > ToneCaller.Present);
            Assert.True(Goertzel.Amplitude(recorded, agent.Frequency) > ToneCaller.Present);
        }
        finally
        {
            File.Delete(path);
        }

        await using var other = _server.Telephony.CreateConference();
        using var unbridge = new CancellationTokenSource();
        var bridging = supervisorCall.BridgeAsync(callerCall, ct: unbridge.Token);
        await supervisor.HearsAsync([caller], []);
        Assert.Equal(ConferenceJoinOutcome.Bridged, (await other.AddAsync(supervisorCall)).Outcome);
        await unbridge.CancelAsync();
        await bridging.WaitAsync(Wait);
    }

    private async Task<(ToneCaller Phone, ICallSession Call)> CallAsync(string user, int frequency)
    {
        var phone = await ToneCaller.CallAsync(_server, user, frequency);
        _callers.Add(phone);
        return (phone, await _handler.NextSessionAsync());
    }
}
