using CallCenter.Domain.Acd;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// At start: subscribes the call side to the ACD (<see cref="QueuedCalls"/>, <see cref="AgentCaller"/>) and its log
/// (<see cref="AcdLogObserver"/>), then loads agents and queues (<see cref="AcdConfiguration"/>). Agents start logged
/// out, as after any restart: they log in again from the API or their phone.
/// </summary>
public sealed class AcdStartup(IAcd acd, QueuedCalls queued, AgentCaller caller, AcdLogObserver log, AcdConfiguration configuration,
    ILogger<AcdStartup> logger) : IHostedService
{
    private readonly List<IDisposable> _subscriptions = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _subscriptions.Add(acd.Subscribe(queued));
        _subscriptions.Add(acd.Subscribe(caller));
        _subscriptions.Add(acd.Subscribe(log));
        try
        {
            await configuration.ReloadAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A broken queue row must not keep the IVR from answering: calls to Enqueue then fail with a clear error.
            logger.LogError(ex, "The ACD configuration could not be loaded");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        foreach (var subscription in _subscriptions) subscription.Dispose();
        _subscriptions.Clear();
        return Task.CompletedTask;
    }
}
