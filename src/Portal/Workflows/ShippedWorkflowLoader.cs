using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using Microsoft.Extensions.Options;

namespace CallCenter.Portal.Workflows;

/// <summary>
/// Publishes the flows shipped under workflows/ that the database does not have yet. A flow an admin
/// already changed is never overwritten; a broken file is logged with its errors and skipped.
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
        var published = 0;
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            var parsed = Engine.Serialization.WorkflowJson.Parse(await File.ReadAllTextAsync(file, ct));
            if (!parsed.Success)
            {
                logger.LogError("Shipped workflow {File} is not readable: {Error}", file, parsed.Error);
                continue;
            }
            if (await store.GetLatestVersionAsync(parsed.Definition!.Id, ct) > 0) continue;
            var result = await definitions.PublishAsync(parsed.Definition, ct);
            if (result.Success)
            {
                published++;
                logger.LogInformation("Published shipped workflow {Id} v{Version}", parsed.Definition.Id, result.Version);
            }
            else logger.LogError("Shipped workflow {File} is invalid: {Errors}", file, result.Validation.ToString());
        }
        return published;
    }
}
