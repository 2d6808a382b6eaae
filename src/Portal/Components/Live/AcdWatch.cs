using CallCenter.Domain.Acd;

namespace CallCenter.Portal.Components.Live;

/// <summary>
/// Lets a page follow the ACD: every event is handed to <paramref name="onEvent"/> (on the ACD's thread: the page must
/// only mark itself for re-rendering there). Dispose to stop.
/// </summary>
public sealed class AcdWatch : IAcdObserver, IDisposable
{
    private readonly Action<AcdEvent> _onEvent;
    private readonly IDisposable _subscription;

    public AcdWatch(IAcd acd, Action<AcdEvent> onEvent)
    {
        _onEvent = onEvent;
        _subscription = acd.Subscribe(this);
    }

    public void OnEvent(AcdEvent acdEvent) => _onEvent(acdEvent);

    public void Dispose() => _subscription.Dispose();
}
