using Microsoft.Extensions.Logging;

namespace CallCenter.Activities.Acd;

/// <summary>
/// The in-process stream of <see cref="AgentCallEvent"/>s (offer, answer, end) for screen pops: the portal's hub and
/// integrations subscribe. Handlers run on the publisher's thread and must be quick; one that throws is logged and
/// does not stop the others.
/// </summary>
public sealed class AgentCallEvents(ILogger<AgentCallEvents> logger)
{
    public event Action<AgentCallEvent>? Published;

    public void Publish(AgentCallEvent callEvent)
    {
        var handlers = Published;
        if (handlers is null) return;
        foreach (var handler in handlers.GetInvocationList())
        {
            try
            {
                ((Action<AgentCallEvent>)handler)(callEvent);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "An agent call event handler failed on {Kind} of call {CallId}", callEvent.Kind, callEvent.CallId);
            }
        }
    }
}
