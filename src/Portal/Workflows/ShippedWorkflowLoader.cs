using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Workflows;

/// <summary>
/// Publishes the flows shipped under workflows/ that the database does not have yet. A flow an admin
/// already changed is never overwritten; a broken file is logged with its errors and skipped. Flows are published
/// after the flows they run as sub-flows.
/// </summary>
public sealed class ShippedWorkflowLoader(IOptions<ShippedWorkflowOptions> options, WorkflowDefinitionService definitions, IDefinitionStore store, ILogger<ShippedWorkflowLoader> logger)
{
    public async Task<int> PublishMissingAsync(CancellationToken ct = default)
    {
        var folder = options.Value.Folder;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No shipped workflows folder at {Folder}", folder);
            return 0;
        }
        var pending = new List<(string File, Engine.Models.WorkflowDefinition Definition)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var parsed = Engine.Serialization.WorkflowJson.Parse(await File.ReadAllTextAsync(file, ct));
            if (!parsed.Success)
            {
                logger.LogError("Shipped workflow {File} is not readable: {Error}", file, parsed.Error);
                continue;
            }
            if (await store.GetLatestVersionAsync(parsed.Definition!.Id, ct) > 0) continue;
            pending.Add((file, parsed.Definition));
        }
        // A flow that runs another as a sub-flow publishes only once that one is published (the validator checks):
        // publish in passes until a pass publishes nothing, then report what is still invalid.
        var published = 0;
        while (pending.Count > 0)
        {
            var failed = new List<(string File, Engine.Models.WorkflowDefinition Definition, PublishResult Result)>();
            foreach (var (file, definition) in pending)
            {
                var result = await definitions.PublishAsync(definition, ct);
                if (!result.Success) { failed.Add((file, definition, result)); continue; }
                published++;
                logger.LogInformation("Published shipped workflow {Id} v{Version}", definition.Id, result.Version);
            }
            if (failed.Count == pending.Count)
            {
                foreach (var (file, _, result) in failed) logger.LogError("Shipped workflow {File} is invalid: {Errors}", file, result.Validation.ToString());
                break;
            }
            pending = [.. failed.Select(f => (f.File, f.Definition))];
        }
        return published;
    }
}
