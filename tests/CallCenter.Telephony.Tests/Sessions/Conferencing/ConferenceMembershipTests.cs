using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Conferencing;
using CallCenter.Telephony.Tests.Sip.Server.B2bua;

namespace CallCenter.Telephony.Tests.Sessions.Conferencing;

/// <summary>Who is in a conference of real calls and in which role: whisper targets, hang-ups, removal, events.</summary>
public sealed class ConferenceMembershipTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);
    // Callers whose number ends in 9 are left ringing.
    private readonly ScriptedCallHandler _handler = new(async (call, ct) =>
    {
        if (!call.Caller.EndsWith('9')) await call.AnswerAsync(ct);
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
    public async Task A_whisperer_needs_a_target_in_the_conference_and_becomes_a_listener_when_the_target_hangs_up()
    {
        var (agent, agentCall) = await CallAsync("13900000001", 500);
        var (_, callerCall) = await CallAsync("13900000002", 900);
        var (_, supervisorCall) = await CallAsync("13900000003", 1300);
        var (_, outsiderCall) = await CallAsync("13900000004", 1700);
        await using var conference = _server.Telephony.CreateConference("whisper");
        var left = new TaskCompletionSource<ICallSession>(TaskCreationOptions.RunContinuationsAsynchronously);
        var demoted = new TaskCompletionSource<ConferenceParticipant>(TaskCreationOptions.RunContinuationsAsynchronously);
        conference.ParticipantLeft += (_, p) => left.TrySetResult(p.Session);
        conference.ParticipantRoleChanged += (_, p) => { if (p.Role == ParticipantRole.Listen) demoted.TrySetResult(p); };

        await Assert.ThrowsAsync<ArgumentException>(() => conference.AddAsync(supervisorCall, ParticipantRole.Whisper, agentCall));
        await Assert.ThrowsAsync<ArgumentException>(() => conference.AddAsync(supervisorCall, ParticipantRole.Whisper));
        Assert.True((await conference.AddAsync(callerCall)).Joined);
        Assert.True((await conference.AddAsync(agentCall)).Joined);
        var whisperer = (await conference.AddAsync(supervisorCall, ParticipantRole.Whisper, agentCall)).Participant!;
        Assert.Equal((ParticipantRole.Whisper, agentCall), (whisperer.Role, whisperer.WhisperTarget));
        Assert.False(await conference.SetRoleAsync(supervisorCall, ParticipantRole.Whisper, outsiderCall));
        Assert.False(await conference.SetRoleAsync(outsiderCall, ParticipantRole.Full));
        await Assert.ThrowsAsync<ArgumentException>(() => conference.SetRoleAsync(supervisorCall, ParticipantRole.Whisper, supervisorCall));

        await agent.HangUpAsync();

        Assert.Same(agentCall, await left.Task.WaitAsync(Wait));
        Assert.Same(whisperer, await demoted.Task.WaitAsync(Wait));
        Assert.Null(whisperer.WhisperTarget);
        Assert.Equal([callerCall, supervisorCall], conference.Participants.Select(p => p.Session).OrderBy(s => s.Caller));
    }

    [Fact]
    public async Task A_removed_call_leaves_once_and_a_ringing_call_is_answered_when_added()
    {
        var (_, first) = await CallAsync("13900000011", 500);
        var (_, second) = await CallAsync("13900000012", 900);
        await using var conference = _server.Telephony.CreateConference(maxParticipants: 3);
        var leftCount = 0;
        conference.ParticipantLeft += (_, _) => Interlocked.Increment(ref leftCount);
        await conference.AddAsync(first);
        await conference.AddAsync(second, ParticipantRole.Muted);
        Assert.Equal(3, conference.MaxParticipants);
        Assert.StartsWith("conference-", conference.Name);

        Assert.True(await conference.RemoveAsync(second));
        Assert.False(await conference.RemoveAsync(second));
        Assert.False(await conference.SetRoleAsync(second, ParticipantRole.Full));
        Assert.Equal(1, Volatile.Read(ref leftCount));
        Assert.Equal([first], conference.Participants.Select(p => p.Session));

        // A ringing call is answered by joining.
        var ringing = ToneCaller.CallAsync(_server, "13900000019", 1700);
        var ringingCall = await _handler.NextSessionAsync();
        Assert.Equal(CallSessionState.Ringing, ringingCall.State);
        Assert.True((await conference.AddAsync(ringingCall)).Joined);
        _callers.Add(await ringing.WaitAsync(Wait));
        Assert.Equal(CallSessionState.Answered, ringingCall.State);

        // A call that hung up before joining is refused.
        var (gone, goneCall) = await CallAsync("13900000013", 1300);
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        goneCall.HungUp += (_, _) => ended.TrySetResult();
        await gone.HangUpAsync();
        await ended.Task.WaitAsync(Wait);
        Assert.Equal(ConferenceJoinOutcome.HungUp, (await conference.AddAsync(goneCall)).Outcome);
    }

    private async Task<(ToneCaller Phone, ICallSession Call)> CallAsync(string user, int frequency)
    {
        var phone = await ToneCaller.CallAsync(_server, user, frequency);
        _callers.Add(phone);
        return (phone, await _handler.NextSessionAsync());
    }
}
