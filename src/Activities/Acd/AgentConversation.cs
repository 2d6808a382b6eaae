using CallCenter.Domain.Acd;
using CallCenter.Domain.Calls;
using CallCenter.Telephony.Media.Mixing;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Sessions;
using CallCenter.Telephony.Sessions.Conferencing;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The talk phase of a queue call: caller and agent bridged (recorded as the queue says) until one hangs up, with the
/// requests of <see cref="LiveCall"/> carried out in between: hold (music for the caller), blind transfer to an agent or
/// a number (the caller stays with the current agent when the target does not answer) or into a queue, a supervisor's
/// monitor / whisper / barge (a three-party mix; leaving it re-bridges the two), and force release (强拆).
/// </summary>
internal sealed class AgentConversation(LiveCall live, AudioPrompt holdMusic, RecordingPlan recording, IAcd acd, AcdConfiguration configuration,
    ITelephony? telephony, TimeProvider time, ILogger logger)
{
    private static readonly TimeSpan TransferRingTimeout = TimeSpan.FromSeconds(25);
    private readonly List<(string Path, TimeSpan Duration)> _recordings = [];
    private TimeSpan _talk;
    private Task<bool>? _nextRequest;

    public async Task<ConversationEnd> RunAsync()
    {
        try
        {
            while (true)
            {
                var caller = live.Caller;
                var leg = live.AgentLeg!;
                using var unbridge = new CancellationTokenSource();
                var bridging = caller.BridgeAsync(leg, recording.Next(), unbridge.Token);
                await Task.WhenAny(bridging, NextRequest()).ConfigureAwait(false);
                if (!bridging.IsCompleted) await unbridge.CancelAsync().ConfigureAwait(false);
                var bridged = await bridging.ConfigureAwait(false);
                _talk += bridged.Duration;
                if (bridged.Recording is { } made && (made.StereoPath ?? made.MixedPath) is { } path) _recordings.Add((path, made.Duration));
                if (bridged.End == BridgeEnd.ThisSideHungUp) return End(CallSide.Caller);
                if (bridged.End == BridgeEnd.OtherSideHungUp) return End(CallSide.Agent);
                if (await HandleNextAsync().ConfigureAwait(false) is { } end) return end;
            }
        }
        finally
        {
            live.Close();
        }
    }

    private Task<bool> NextRequest() => _nextRequest ??= live.Requests.WaitToReadAsync().AsTask();

    private ConversationEnd End(CallSide side, string? toQueue = null, bool forced = false) => new(side, _talk, _recordings, toQueue, forced, [.. live.Transfers]);

    // A request is waiting (or the mailbox closed): carry it out; an end when the talk phase is over.
    private async Task<ConversationEnd?> HandleNextAsync()
    {
        _nextRequest = null;
        if (!live.Requests.TryRead(out var request)) return null;
        return await HandleAsync(request).ConfigureAwait(false);
    }

    private async Task<ConversationEnd?> HandleAsync(CallControlRequest request)
    {
        switch (request.Kind)
        {
            case CallControlKind.HangUp:
                request.Complete(true, "both parties are hung up");
                await HangUpAsync(live.AgentLeg, "released by a supervisor").ConfigureAwait(false);
                await HangUpAsync(live.Caller, "released by a supervisor").ConfigureAwait(false);
                return End(CallSide.Agent, forced: true);
            case CallControlKind.Hold:
                live.OnHold = true;
                request.Complete(true, "the caller is on hold");
                return await HoldAsync().ConfigureAwait(false);
            case CallControlKind.Unhold:
                request.Complete(true, "the call is not on hold");
                return null;
            case CallControlKind.Transfer:
                return await TransferAsync(request).ConfigureAwait(false);
            case CallControlKind.Monitor:
                return await MonitorAsync(request).ConfigureAwait(false);
            case CallControlKind.Consult:
                return await ConsultAsync(request).ConfigureAwait(false);
            default:
                request.Complete(false, request.Kind is CallControlKind.EndMonitor ? "nobody is monitoring this call" : "no consultation is going on");
                return null;
        }
    }

    private async Task<ConversationEnd?> HoldAsync()
    {
        live.OnHold = true;
        try
        {
            using var music = new CancellationTokenSource();
            var playing = live.Caller.PlayAsync(HoldMusic.Loop(holdMusic), bargeIn: false, music.Token);
            var callerGone = Task.Delay(Timeout.Infinite, live.Caller.Ended);
            var agentGone = Task.Delay(Timeout.Infinite, live.AgentLeg!.Ended);
            await Task.WhenAny(NextRequest(), callerGone, agentGone).ConfigureAwait(false);
            await music.CancelAsync().ConfigureAwait(false);
            await playing.ConfigureAwait(false);
            if (live.Caller.State == CallSessionState.Ended) return End(CallSide.Caller);
            if (live.AgentLeg!.State == CallSessionState.Ended) return End(CallSide.Agent);
        }
        finally
        {
            live.OnHold = false;
        }
        // Unhold takes the caller back; any other request (a transfer while holding) is carried out now.
        _nextRequest = null;
        if (!live.Requests.TryRead(out var next)) return null;
        if (next.Kind == CallControlKind.Unhold) { next.Complete(true, "back with the caller"); return null; }
        return await HandleAsync(next).ConfigureAwait(false);
    }

    private async Task<ConversationEnd?> TransferAsync(CallControlRequest request)
    {
        var target = request.Target?.Trim() ?? "";
        if (target.StartsWith("flow:", StringComparison.OrdinalIgnoreCase))
        {
            // 座席按键转应用: the caller goes through a flow (e.g. PIN entry) while the agent holds; its result comes back.
            if (target.Length == "flow:".Length) { request.Complete(false, "name the flow: flow:<id>"); return null; }
            return new ConversationEnd(CallSide.Agent, _talk, _recordings, Transfers: [.. live.Transfers], FlowRequest: request);
        }
        if (target.StartsWith("queue:", StringComparison.OrdinalIgnoreCase))
        {
            var name = target["queue:".Length..];
            if (configuration.Queue(name) is null) { request.Complete(false, $"there is no queue '{name}'"); return null; }
            Transferred(target);
            request.Complete(true, $"the caller waits in queue {name}");
            await HangUpAsync(live.AgentLeg, "transferred to a queue").ConfigureAwait(false);
            return End(CallSide.Agent, toQueue: name);
        }
        string? agentId = null;
        var destination = target;
        if (target.StartsWith("agent:", StringComparison.OrdinalIgnoreCase))
        {
            agentId = target["agent:".Length..];
            destination = configuration.ExtensionOf(agentId) ?? "";
            if (destination.Length == 0) { request.Complete(false, $"agent {agentId} has no extension"); return null; }
        }
        if (destination.Length == 0 || telephony is null) { request.Complete(false, "no transfer target"); return null; }
        var placed = await telephony.OriginateAsync(new OriginateRequest(destination)
        {
            CallerId = CallerId.Of(live.Caller),
            CallerName = "transfer",
            RingTimeout = TransferRingTimeout,
        }).ConfigureAwait(false);
        if (placed.Session is not { } newLeg)
        {
            // Blind, but not careless: nobody answered, so the caller stays with the agent who asked.
            request.Complete(false, $"{target} did not answer ({placed.Outcome}); the caller is still with you");
            return null;
        }
        if (live.Caller.State == CallSessionState.Ended)
        {
            await HangUpAsync(newLeg, "the caller hung up").ConfigureAwait(false);
            request.Complete(false, "the caller hung up");
            return End(CallSide.Caller);
        }
        Transferred(target);
        var old = live.AgentLeg;
        (live.AgentLeg, live.AgentId) = (newLeg, agentId ?? target);
        logger.LogInformation("Call {CallId} transferred from {Old} to {Target}", live.Caller.Id, old?.Called, target);
        request.Complete(true, $"transferred to {target}");
        await HangUpAsync(old, "transferred").ConfigureAwait(false);
        return null;
    }

    private async Task<ConversationEnd?> MonitorAsync(CallControlRequest request)
    {
        if (telephony is null || string.IsNullOrWhiteSpace(request.Extension)) { request.Complete(false, "no supervisor extension"); return null; }
        var placed = await telephony.OriginateAsync(new OriginateRequest(request.Extension.Trim())
        {
            CallerId = CallerId.Of(live.Caller),
            CallerName = "monitor",
            RingTimeout = TransferRingTimeout,
        }).ConfigureAwait(false);
        if (placed.Session is not { } supervisor) { request.Complete(false, $"{request.Extension} did not answer ({placed.Outcome})"); return null; }
        var agent = live.AgentLeg!;
        await using var mix = telephony.CreateConference($"monitor-{live.Caller.Id}", 3);
        var joined = await mix.AddAsync(live.Caller).ConfigureAwait(false);
        if (joined.Joined) joined = await mix.AddAsync(agent).ConfigureAwait(false);
        if (joined.Joined) joined = await mix.AddAsync(supervisor, request.Role, request.Role == ParticipantRole.Whisper ? agent : null).ConfigureAwait(false);
        if (!joined.Joined)
        {
            await HangUpAsync(supervisor, "could not join").ConfigureAwait(false);
            request.Complete(false, joined.Message);
            return live.Caller.State == CallSessionState.Ended ? End(CallSide.Caller) : agent.State == CallSessionState.Ended ? End(CallSide.Agent) : null;
        }
        live.Supervisor = request.Extension;
        request.Complete(true, $"{request.Extension} joined ({request.Role})");
        var started = time.GetTimestamp();
        try
        {
            while (true)
            {
                await Task.WhenAny(NextRequest(), Task.Delay(Timeout.Infinite, live.Caller.Ended), Task.Delay(Timeout.Infinite, agent.Ended),
                    Task.Delay(Timeout.Infinite, supervisor.Ended)).ConfigureAwait(false);
                if (live.Caller.State == CallSessionState.Ended) return End(CallSide.Caller);
                if (agent.State == CallSessionState.Ended) return End(CallSide.Agent);
                if (supervisor.State == CallSessionState.Ended) return null;
                _nextRequest = null;
                if (!live.Requests.TryRead(out var next)) continue;
                switch (next.Kind)
                {
                    case CallControlKind.Monitor:
                        var changed = await mix.SetRoleAsync(supervisor, next.Role, next.Role == ParticipantRole.Whisper ? agent : null).ConfigureAwait(false);
                        next.Complete(changed, changed ? $"now {next.Role}" : "the supervisor has left");
                        break;
                    case CallControlKind.EndMonitor:
                        next.Complete(true, "the supervisor left; caller and agent talk on");
                        return null;
                    case CallControlKind.HangUp:
                        next.Complete(true, "all parties are hung up");
                        await HangUpAsync(agent, "released by a supervisor").ConfigureAwait(false);
                        await HangUpAsync(live.Caller, "released by a supervisor").ConfigureAwait(false);
                        return End(CallSide.Agent, forced: true);
                    default:
                        next.Complete(false, "not while a supervisor is on the call (end the monitor first)");
                        break;
                }
            }
        }
        finally
        {
            _talk += time.GetElapsedTime(started);
            live.Supervisor = null;
            await HangUpAsync(supervisor, "monitor ended").ConfigureAwait(false);
        }
    }

    // Attended transfer: the caller holds (music) while the agent and the target talk; then complete (caller ↔ target),
    // cancel (agent back with the caller) or 3-way (all three in one mix until the caller or both others leave).
    private async Task<ConversationEnd?> ConsultAsync(CallControlRequest request)
    {
        var target = request.Target?.Trim() ?? "";
        var destination = target.StartsWith("agent:", StringComparison.OrdinalIgnoreCase) ? configuration.ExtensionOf(target["agent:".Length..]) ?? "" : target;
        if (destination.Length == 0 || telephony is null) { request.Complete(false, $"nothing to consult at '{target}'"); return null; }
        var agent = live.AgentLeg!;
        live.OnHold = true;
        using var music = new CancellationTokenSource();
        var playing = live.Caller.PlayAsync(HoldMusic.Loop(holdMusic), bargeIn: false, music.Token);
        try
        {
            var placed = await telephony.OriginateAsync(new OriginateRequest(destination)
            {
                CallerId = string.IsNullOrEmpty(agent.Called) ? "callcenter" : agent.Called, CallerName = "consult", RingTimeout = TransferRingTimeout,
            }).ConfigureAwait(false);
            if (placed.Session is not { } consulted)
            {
                request.Complete(false, $"{target} did not answer ({placed.Outcome}); you are back with the caller");
                return live.Caller.State == CallSessionState.Ended ? End(CallSide.Caller) : null;
            }
            request.Complete(true, $"talking to {target}; the caller is on hold");
            using var unbridge = new CancellationTokenSource();
            var talking = agent.BridgeAsync(consulted, ct: unbridge.Token);
            while (true)
            {
                await Task.WhenAny(NextRequest(), talking, Task.Delay(Timeout.Infinite, live.Caller.Ended)).ConfigureAwait(false);
                if (live.Caller.State == CallSessionState.Ended || talking.IsCompleted)
                {
                    await unbridge.CancelAsync().ConfigureAwait(false);
                    var ended = await talking.ConfigureAwait(false);
                    if (live.Caller.State == CallSessionState.Ended) { await HangUpAsync(consulted, "the caller hung up").ConfigureAwait(false); return End(CallSide.Caller); }
                    // The consulted party hung up: back with the caller; the agent hanging up hands the caller to the consulted party.
                    if (ended.End == BridgeEnd.OtherSideHungUp) return null;
                    return await HandOverAsync(consulted, target).ConfigureAwait(false);
                }
                _nextRequest = null;
                if (!live.Requests.TryRead(out var next)) continue;
                switch (next.Kind)
                {
                    case CallControlKind.CancelConsult:
                        await unbridge.CancelAsync().ConfigureAwait(false);
                        await talking.ConfigureAwait(false);
                        await HangUpAsync(consulted, "consultation cancelled").ConfigureAwait(false);
                        next.Complete(true, "back with the caller");
                        return null;
                    case CallControlKind.CompleteTransfer:
                        await unbridge.CancelAsync().ConfigureAwait(false);
                        await talking.ConfigureAwait(false);
                        next.Complete(true, $"the caller is with {target}");
                        return await HandOverAsync(consulted, target).ConfigureAwait(false);
                    case CallControlKind.ThreeWay:
                        await unbridge.CancelAsync().ConfigureAwait(false);
                        await talking.ConfigureAwait(false);
                        await music.CancelAsync().ConfigureAwait(false);
                        await playing.ConfigureAwait(false);
                        live.OnHold = false;
                        return await ThreeWayAsync(next, consulted).ConfigureAwait(false);
                    default:
                        next.Complete(false, "not during a consultation (complete, cancel or make it a 3-way call first)");
                        break;
                }
            }
        }
        finally
        {
            live.OnHold = false;
            await music.CancelAsync().ConfigureAwait(false);
            await playing.ConfigureAwait(false);
        }
    }

    // The agent leaves; the consulted party takes the caller.
    private async Task<ConversationEnd?> HandOverAsync(ICallSession consulted, string target)
    {
        Transferred(target);
        var old = live.AgentLeg;
        (live.AgentLeg, live.AgentId) = (consulted, target.StartsWith("agent:", StringComparison.OrdinalIgnoreCase) ? target["agent:".Length..] : target);
        await HangUpAsync(old, "transferred").ConfigureAwait(false);
        return consulted.State == CallSessionState.Ended ? End(CallSide.Agent) : null;
    }

    private async Task<ConversationEnd?> ThreeWayAsync(CallControlRequest request, ICallSession third)
    {
        var agent = live.AgentLeg!;
        await using var mix = telephony!.CreateConference($"3way-{live.Caller.Id}", 3);
        foreach (var party in (ICallSession[])[live.Caller, agent, third])
        {
            var joined = await mix.AddAsync(party).ConfigureAwait(false);
            if (joined.Joined) continue;
            request.Complete(false, joined.Message);
            await HangUpAsync(third, "3-way call failed").ConfigureAwait(false);
            return live.Caller.State == CallSessionState.Ended ? End(CallSide.Caller) : null;
        }
        request.Complete(true, "3-way call");
        var started = time.GetTimestamp();
        try
        {
            // Until the caller leaves, or only the caller is left with one of the others (then those two talk on).
            while (true)
            {
                await Task.WhenAny(Task.Delay(Timeout.Infinite, live.Caller.Ended), Task.Delay(Timeout.Infinite, agent.Ended),
                    Task.Delay(Timeout.Infinite, third.Ended), NextRequest()).ConfigureAwait(false);
                if (live.Caller.State == CallSessionState.Ended) { await HangUpAsync(third, "the caller hung up").ConfigureAwait(false); return End(CallSide.Caller); }
                if (agent.State == CallSessionState.Ended && third.State == CallSessionState.Ended) return End(CallSide.Agent);
                if (agent.State == CallSessionState.Ended) { (live.AgentLeg, live.AgentId) = (third, live.AgentId); return null; }
                if (third.State == CallSessionState.Ended) return null;
                _nextRequest = null;
                if (live.Requests.TryRead(out var next)) next.Complete(false, "not during a 3-way call");
            }
        }
        finally
        {
            _talk += time.GetElapsedTime(started);
        }
    }

    // The ACD logs the agent's part as ended by a transfer; the call record keeps when and to whom.
    private void Transferred(string target)
    {
        acd.Transfer(live.Caller.Id, target);
        live.Transfers.Add(new CallTransfer(live.AgentId, target, time.GetUtcNow()));
        // An agent who takes the call is busy with it in the ACD until it ends (Complete), like a queue call.
        if (target.StartsWith("agent:", StringComparison.OrdinalIgnoreCase)) acd.TakeOver(live.Caller.Id, live.Queue, target["agent:".Length..]);
    }

    private static async Task HangUpAsync(ICallSession? leg, string cause)
    {
        if (leg is { State: not CallSessionState.Ended }) await leg.HangUpAsync(cause, ct: CancellationToken.None).ConfigureAwait(false);
    }
}
