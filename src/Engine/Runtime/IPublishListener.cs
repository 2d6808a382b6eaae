using CallCenter.Engine.Models;

namespace CallCenter.Engine.Runtime;

/// <summary>Told when a definition version is published, e.g. to (re)arm its cron triggers.</summary>
public interface IPublishListener
{
    Task OnPublishedAsync(WorkflowDefinition definition, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct);
}
