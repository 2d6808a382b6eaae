using CallCenter.Domain.Acd;
using CallCenter.Domain.Agents;
using CallCenter.Domain.Numbers;
using CallCenter.Domain.Texts;
using CallCenter.Telephony.Media.Prompts;
using CallCenter.Telephony.Media.Tones;
using CallCenter.Telephony.Sessions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CallCenter.Activities.Acd;

/// <summary>
/// Click-to-dial (点击外呼) with dial permissions enforced: <see cref="StartAsync"/> checks the agent (known, enabled, with an
/// extension, logged in and free), the number (<see cref="DialClassifier"/>) against the agent's <see cref="DialPermission"/>
/// and that a route exists; then, in the background, rings the agent's own phone (showing the number), calls the customer
/// when the agent answers (an extension directly, any other number through <see cref="DialingOptions.TrunkUri"/>) and
/// bridges the two until one hangs up. A Ready agent is NotReady("outbound") for the duration, then Ready again.
/// Each step is in <see cref="Dials"/>.
/// </summary>
public sealed class ClickToDial(IAcd acd, AgentDirectory agents, CenterNumberDirectory centerNumbers, DialClassifier classifier, Dials dials,
    LiveCalls liveCalls, IOptions<DialingOptions> options, TimeProvider time, ILogger<ClickToDial> logger, ITelephony? telephony = null) : IDisposable
{
    /// <summary>The NotReady reason a Ready agent has while dialling.</summary>
    public const string OutboundReason = "outbound";

    /// <summary>The caller name the agent's phone shows while it rings for a dial.</summary>
    public const string AgentLegCallerName = "click-to-dial";

    /// <summary>The name of the ringback tone played to the agent while the customer rings (China: 450 Hz, 1 s on, 4 s off).</summary>
    public const string RingbackName = "ringback";

    private static readonly Lazy<AudioPrompt> Ringback = new(() =>
    {
        var tone = ToneDefinition.For(ToneScheme.China, CallProgressTone.Ringback);
        var samples = new short[(tone.OnMilliseconds + tone.OffMilliseconds) * AudioPrompt.SampleRate / 1000];
        new ToneGenerator(tone).Fill(samples);
        return new AudioPrompt(samples, RingbackName);
    });

    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Checks and starts a dial of <paramref name="number"/> for agent <paramref name="agentId"/>; the call goes on in the background.</summary>
    public async Task<DialStartResult> StartAsync(string agentId, string number, CancellationToken ct = default)
    {
        var agent = await agents.FindByNumberAsync(agentId, ct).ConfigureAwait(false);
        if (agent is null) return DialStartResult.Refused(DialRefusal.UnknownAgent, $"There is no agent {agentId}.");
        if (!agent.Enabled) return DialStartResult.Refused(DialRefusal.AgentDisabled, $"Agent {agent.Number} is disabled.");
        if (agent.Extension?.Number is not { Length: > 0 } extension)
            return DialStartResult.Refused(DialRefusal.NoExtension, $"Agent {agent.Number} has no extension to ring.");

        var classification = classifier.Classify(number, await centerNumbers.LoadAsync(ct).ConfigureAwait(false));
        if (!classification.IsValid) return DialStartResult.Refused(DialRefusal.InvalidNumber, classification.Error!, classification);
        if (classification.Kind == DialledNumberKind.ServiceNumber)
            return DialStartResult.Refused(DialRefusal.InvalidNumber,
                $"{classification.Number} is a service number of the center: click-to-dial rings extensions and outside numbers only.", classification);
        if (!classification.PermittedFor(agent.DialPermission))
            return DialStartResult.Refused(DialRefusal.NotPermitted,
                $"Agent {agent.Number} may dial {DialClassification.Words(agent.DialPermission)} numbers only; {classification.Number} is {classification.Description} and needs {DialClassification.Words(classification.Needs)} permission.",
                classification);
        if (telephony is null) return DialStartResult.Refused(DialRefusal.NoRoute, "No voice server runs here: calls cannot be placed.", classification);
        var destination = classification.IsExternal ? TrunkDestination(classification.Number) : classification.Number;
        if (destination is null)
            return DialStartResult.Refused(DialRefusal.NoRoute,
                $"{classification.Number} is outside the center and no trunk is configured (Dialing:TrunkUri).", classification);

        if (Unavailable(agent.Number) is { } busy) return DialStartResult.Refused(DialRefusal.AgentUnavailable, busy, classification);
        var dial = new DialSnapshot(Guid.NewGuid().ToString("N"), agent.Number, extension, classification.Number, classification.Kind, classification.Needs,
            destination, DialState.RingingAgent, time.GetUtcNow());
        if (!dials.TryBegin(dial))
            return DialStartResult.Refused(DialRefusal.AgentUnavailable, $"Agent {agent.Number} is already dialling.", classification);
        var madeNotReady = false;
        if (acd.GetAgent(agent.Number)?.Status == AgentStatus.Ready)
        {
            var notReady = acd.NotReady(agent.Number, OutboundReason);
            if (!notReady.Succeeded)
            {
                var failed = dial with { State = DialState.Failed, Message = notReady.Reason, EndedAt = time.GetUtcNow() };
                dials.Update(failed);
                return DialStartResult.Refused(DialRefusal.AgentUnavailable, notReady.Reason ?? UserMessage.Of($"Agent {agent.Number} cannot dial now."), classification);
            }
            madeNotReady = true;
        }
        logger.LogInformation("Dial {DialId}: agent {AgentId} at {Extension} dials {Number} ({Kind}) via {Destination}",
            dial.DialId, agent.Number, extension, dial.Number, dial.Kind, destination);
        _ = Task.Run(() => RunAsync(dial, madeNotReady), CancellationToken.None);
        return new DialStartResult(dial, null, null, classification);
    }

    /// <summary>Hangs up the dials still going (the host is stopping). The token source is not disposed: dials still read it.</summary>
    public void Dispose() => _stopping.Cancel();

    private string? TrunkDestination(string number)
    {
        var template = options.Value.TrunkUri?.Trim() ?? "";
        if (template.Length == 0) return null;
        if (template.Contains("{number}", StringComparison.Ordinal)) return template.Replace("{number}", number, StringComparison.Ordinal);
        // Only the gateway given ("sip:10.0.0.5:5060" or "10.0.0.5"): the number becomes the user part.
        var gateway = template.StartsWith("sip:", StringComparison.OrdinalIgnoreCase) ? template[4..] : template;
        return $"sip:{number}@{gateway}";
    }

    private UserMessage? Unavailable(string agentId)
    {
        var snapshot = acd.GetAgent(agentId);
        if (snapshot is null || snapshot.Status == AgentStatus.LoggedOut) return UserMessage.Of($"Agent {agentId} is not logged in.");
        if (snapshot.Status is AgentStatus.OnCall or AgentStatus.Ringing || snapshot.ActiveCalls > 0 || liveCalls.OfAgent(agentId) is not null)
            return UserMessage.Of($"Agent {agentId} is on a call ({snapshot.Status}).");
        if (dials.LiveOf(agentId) is not null) return UserMessage.Of($"Agent {agentId} is already dialling.");
        return null;
    }

    private async Task RunAsync(DialSnapshot dial, bool madeNotReady)
    {
        try
        {
            dial = await ConnectAsync(dial).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Dial {DialId} of agent {AgentId} broke", dial.DialId, dial.AgentId);
            dial = dial with { State = DialState.Failed, Message = _stopping.IsCancellationRequested ? "the server is stopping" : UserMessage.Of($"error: {e.Message}") };
        }
        finally
        {
            if (madeNotReady && acd.GetAgent(dial.AgentId) is { Status: AgentStatus.NotReady, Reason: OutboundReason }) acd.Ready(dial.AgentId);
        }
        dials.Update(dial with { EndedAt = time.GetUtcNow() });
        logger.LogInformation("Dial {DialId} of agent {AgentId} to {Number}: {State}, {Message}", dial.DialId, dial.AgentId, dial.Number, dial.State, dial.Message);
    }

    // Agent first, then the customer, then the bridge; the returned snapshot is the final state (Ended or Failed).
    private async Task<DialSnapshot> ConnectAsync(DialSnapshot dial)
    {
        var settings = options.Value;
        var agentCall = await telephony!.OriginateAsync(new OriginateRequest(dial.Extension)
        {
            CallerId = dial.Number,
            CallerName = AgentLegCallerName,
            RingTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.AgentRingSeconds)),
            ApplyForwarding = false,
        }, _stopping.Token).ConfigureAwait(false);
        if (agentCall.Session is not { } agentLeg)
            return dial with { State = DialState.Failed, Message = UserMessage.Of($"the agent's phone {dial.Extension} was not reached: {Why(agentCall)}") };

        dial = dial with { State = DialState.RingingCustomer, AgentAnsweredAt = time.GetUtcNow() };
        dials.Update(dial);
        using var agentGone = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token, agentLeg.Ended);
        var callerId = dial.Kind == DialledNumberKind.Extension || string.IsNullOrWhiteSpace(settings.CallerId) ? dial.Extension : settings.CallerId.Trim();
        // The agent hears ringback (not silence) while the customer's phone rings.
        using var ringing = CancellationTokenSource.CreateLinkedTokenSource(agentGone.Token);
        var ringback = agentLeg.PlayAsync(HoldMusic.Loop(Ringback.Value), bargeIn: false, ringing.Token);
        var customerCall = await telephony.OriginateAsync(new OriginateRequest(dial.Destination)
        {
            CallerId = callerId,
            RingTimeout = TimeSpan.FromSeconds(Math.Max(1, settings.CustomerRingSeconds)),
        }, agentGone.Token).ConfigureAwait(false);
        await ringing.CancelAsync().ConfigureAwait(false);
        await ringback.ConfigureAwait(false);
        if (customerCall.Session is not { } customerLeg)
        {
            if (agentLeg.State == CallSessionState.Ended)
                return dial with { State = DialState.Ended, Message = UserMessage.Of($"the agent hung up before {dial.Number} answered") };
            var why = UserMessage.Of($"{dial.Number} was not reached: {Why(customerCall)}");
            await agentLeg.HangUpAsync(why.ToString(), ct: CancellationToken.None).ConfigureAwait(false);
            return dial with { State = DialState.Failed, Message = why };
        }
        if (agentLeg.State == CallSessionState.Ended)
        {
            await customerLeg.HangUpAsync("the agent hung up", ct: CancellationToken.None).ConfigureAwait(false);
            return dial with { State = DialState.Ended, Message = UserMessage.Of($"the agent hung up as {dial.Number} answered") };
        }

        dial = dial with { State = DialState.Connected, CustomerAnsweredAt = time.GetUtcNow() };
        dials.Update(dial);
        var bridged = await agentLeg.BridgeAsync(customerLeg, ct: _stopping.Token).ConfigureAwait(false);
        var (message, other) = bridged.End switch
        {
            BridgeEnd.ThisSideHungUp => ("the agent hung up", customerLeg),
            BridgeEnd.OtherSideHungUp => ("the customer hung up", agentLeg),
            _ => ("the server is stopping", null),
        };
        if (other is null)
        {
            await customerLeg.HangUpAsync(message, ct: CancellationToken.None).ConfigureAwait(false);
            await agentLeg.HangUpAsync(message, ct: CancellationToken.None).ConfigureAwait(false);
        }
        else if (other.State != CallSessionState.Ended)
        {
            await other.HangUpAsync(message, ct: CancellationToken.None).ConfigureAwait(false);
        }
        return dial with { State = DialState.Ended, Message = message };
    }

    private static UserMessage Why(OriginateResult result) => result.Outcome switch
    {
        OriginateOutcome.Rejected when result.StatusCode is 486 or 600 => UserMessage.Of($"busy ({result.StatusCode})"),
        OriginateOutcome.Rejected when result.StatusCode is 603 => "declined (603)",
        OriginateOutcome.Rejected => UserMessage.Of($"refused ({result.StatusCode})"),
        OriginateOutcome.NoAnswer => "no answer",
        OriginateOutcome.NotRegistered => "the phone is not registered",
        OriginateOutcome.Cancelled => "cancelled",
        _ => result.Message,
    };
}
