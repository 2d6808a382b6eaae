using System.Threading.Channels;
using CallCenter.Activities.Acd;
using CallCenter.Domain.Acd;
using Microsoft.AspNetCore.SignalR;

namespace CallCenter.Portal.Cti;

/// <summary>
/// Turns the ACD's agent call events and agent status changes into <see cref="CtiEvent"/>s: builds the screen pop of
/// each offer (<see cref="ScreenPopBuilder"/>), sends each event to the agent's and the all-agents groups of
/// <see cref="CtiHub"/>, then publishes it in process (<see cref="CtiEvents"/>). The publishers' handlers only queue the
/// event (they run on the ACD's and the calls' threads); one background loop does the reads and the sending, in order,
/// so a call's <c>connected</c> never overtakes its <c>offered</c>.
/// </summary>
public sealed class CtiRelay(AgentCallEvents calls, IAcd acd, ScreenPopBuilder pops, CtiEvents events, IHubContext<CtiHub> hub,
    TimeProvider time, ILogger<CtiRelay> logger) : BackgroundService, IAcdObserver
{
    private readonly Channel<object> _inbox = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private IDisposable? _acdSubscription;

    /// <summary>Events queued and not yet sent.</summary>
    public int Pending => _inbox.Reader.Count;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        calls.Published += OnAgentCall;
        _acdSubscription = acd.Subscribe(this);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        calls.Published -= OnAgentCall;
        _acdSubscription?.Dispose();
        _inbox.Writer.TryComplete();
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public void OnEvent(AcdEvent acdEvent)
    {
        if (acdEvent is AgentStatusChanged) _inbox.Writer.TryWrite(acdEvent);
    }

    private void OnAgentCall(AgentCallEvent callEvent) => _inbox.Writer.TryWrite(callEvent);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in _inbox.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                try
                {
                    var ctiEvent = await ToCtiEventAsync(item, stoppingToken).ConfigureAwait(false);
                    await SendAsync(ctiEvent, stoppingToken).ConfigureAwait(false);
                    await events.PublishAsync(ctiEvent).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "CTI event {Event} could not be relayed", item);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async ValueTask<CtiEvent> ToCtiEventAsync(object item, CancellationToken ct)
    {
        switch (item)
        {
            case AgentStatusChanged s:
                return new AgentStateChanged(s.At, s.AgentId, s.From.ToString(), s.To.ToString(), s.Reason);
            case AgentCallEvent { Kind: AgentCallEventKind.Offered } e:
                var pop = await pops.BuildAsync(e, ct).ConfigureAwait(false);
                return new CallOffered(e.At, e.AgentId, e.CallId, e.Caller, e.Called, e.Queue, e.Extension, pop, time.GetUtcNow());
            case AgentCallEvent { Kind: AgentCallEventKind.Connected } e:
                return new CallConnected(e.At, e.AgentId, e.CallId, e.Caller, e.Called, e.Queue, e.Extension, e.AgentLegId);
            case AgentCallEvent { Kind: AgentCallEventKind.NotAnswered } e:
                return new CallNotAnswered(e.At, e.AgentId, e.CallId, e.Caller, e.Called, e.Queue, e.Extension);
            case AgentCallEvent { Kind: AgentCallEventKind.Ended } e:
                return new CallEnded(e.At, e.AgentId, e.CallId, e.Caller, e.Called, e.Queue, e.Extension, e.AgentLegId);
            default:
                throw new InvalidOperationException($"not a CTI event: {item}");
        }
    }

    private Task SendAsync(CtiEvent ctiEvent, CancellationToken ct)
    {
        var method = ctiEvent switch
        {
            CallOffered => "offered",
            CallConnected => "connected",
            CallNotAnswered => "notAnswered",
            CallEnded => "ended",
            AgentStateChanged => "agentState",
            _ => throw new InvalidOperationException($"no hub method for {ctiEvent.GetType().Name}"),
        };
        // A connection in both groups gets the event twice: clients subscribe to one agent or to all (CtiHub).
        return Task.WhenAll(
            hub.Clients.Group(CtiHub.AgentGroup(ctiEvent.AgentId)).SendAsync(method, ctiEvent, ct),
            hub.Clients.Group(CtiHub.AllGroup).SendAsync(method, ctiEvent, ct));
    }
}
