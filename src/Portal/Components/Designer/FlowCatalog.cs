using CallCenter.Domain.Routing;
using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Runtime;
using CallCenter.Engine.Serialization;
using CallCenter.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Components.Designer;

/// <summary>
/// The flow list's data and actions over the Engine's store and the inbound routes: list with status and numbers,
/// create, duplicate, delete (refused while a number routes to the flow), export and import JSON. Every change is
/// saved as a draft in the signed-in admin's name; nothing here publishes.
/// </summary>
public sealed class FlowCatalog(IDefinitionStore store, WorkflowDefinitionService definitions, InboundRouteStore routes, IStringLocalizer<DesignerText> text)
{
    /// <summary>Every flow, by id, with its status, routed numbers and last change.</summary>
    public async Task<List<FlowRow>> ListAsync(CancellationToken ct = default)
    {
        var numbers = (await routes.ListAsync(ct)).GroupBy(r => r.WorkflowDefinitionId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.CalledNumber).Distinct().ToList(), StringComparer.Ordinal);
        var rows = new List<FlowRow>();
        foreach (var versions in (await store.ListAsync(ct)).GroupBy(s => s.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var latest = versions.MaxBy(v => v.Version)!;
            var published = versions.FirstOrDefault(v => v.IsPublished);
            var author = (await store.FindAsync(latest.Id, latest.Version, ct))?.ChangedBy;
            rows.Add(new FlowRow(latest.Id, latest.Name, latest.Version, published?.Version, numbers.GetValueOrDefault(latest.Id, []), latest.CreatedAt, author));
        }
        return rows;
    }

    /// <summary>The latest stored version (the draft when there is one), or null.</summary>
    public async Task<WorkflowDefinition?> LatestAsync(string id, CancellationToken ct = default)
    {
        var version = await store.GetLatestVersionAsync(id, ct);
        return version == 0 ? null : await store.FindAsync(id, version, ct);
    }

    /// <summary>A new flow holding only a Start activity, saved as draft v1.</summary>
    public async Task<FlowActionResult> CreateAsync(string? name, string? id, string author, CancellationToken ct = default)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name)) return FlowActionResult.Fail(text["Create.NoName"]);
        id = string.IsNullOrWhiteSpace(id) ? FlowIds.Slug(name) : id.Trim();
        if (await CheckNewIdAsync(id, ct) is { } problem) return FlowActionResult.Fail(problem);
        var definition = new WorkflowDefinition
        {
            Id = id,
            Name = name,
            ChangedBy = author,
            Root = new Flowchart { Activities = [new ActivityNode { Id = "start", Type = "Start", Position = new Position(40, 160) }] },
        };
        await definitions.SaveDraftAsync(definition, ct);
        return FlowActionResult.Ok(string.Format(text["Create.Done"], name, id), id);
    }

    /// <summary>A copy of the latest version under a new id ("…-copy", "…-copy-2"), as a draft.</summary>
    public async Task<FlowActionResult> DuplicateAsync(string id, string author, CancellationToken ct = default)
    {
        if (await LatestAsync(id, ct) is not { } source) return FlowActionResult.Fail(string.Format(text["Flow.Missing"], id));
        var copyId = $"{id}-copy";
        for (var n = 2; await store.GetLatestVersionAsync(copyId, ct) > 0; n++) copyId = $"{id}-copy-{n}";
        source.Id = copyId;
        source.Name = string.Format(text["Duplicate.Name"], source.Name);
        source.ChangedBy = author;
        source.Note = null;
        await definitions.SaveDraftAsync(source, ct);
        return FlowActionResult.Ok(string.Format(text["Duplicate.Done"], id, copyId), copyId);
    }

    /// <summary>Deletes every version of a flow; refused while any route (even a disabled one) names it.</summary>
    public async Task<FlowActionResult> DeleteAsync(string id, CancellationToken ct = default)
    {
        var routed = (await routes.ListAsync(ct)).Where(r => r.WorkflowDefinitionId == id).Select(r => r.CalledNumber).Distinct().ToList();
        if (routed.Count > 0) return FlowActionResult.Fail(string.Format(text["Delete.Routed"], id, string.Join(", ", routed)));
        return await definitions.DeleteAsync(id, ct)
            ? FlowActionResult.Ok(string.Format(text["Delete.Done"], id))
            : FlowActionResult.Fail(string.Format(text["Flow.Missing"], id));
    }

    /// <summary>The latest version as workflow JSON (the format of the shipped workflows/*.json), or null.</summary>
    public async Task<string?> ExportAsync(string id, CancellationToken ct = default) =>
        await LatestAsync(id, ct) is { } definition ? WorkflowJson.Serialize(definition, indented: true) : null;

    /// <summary>
    /// Imports workflow JSON as a draft, under <paramref name="newId"/> when given, else the file's id. Broken JSON or an
    /// id already in use changes nothing and says why.
    /// </summary>
    public async Task<FlowActionResult> ImportAsync(string json, string? newId, string author, CancellationToken ct = default)
    {
        var parsed = WorkflowJson.Parse(json);
        if (!parsed.Success) return FlowActionResult.Fail(string.Format(text["Import.Broken"], parsed.Error));
        var definition = parsed.Definition!;
        if (!string.IsNullOrWhiteSpace(newId)) definition.Id = newId.Trim();
        if (await CheckNewIdAsync(definition.Id, ct) is { } problem) return FlowActionResult.Fail(problem);
        if (string.IsNullOrWhiteSpace(definition.Name)) definition.Name = definition.Id;
        definition.ChangedBy = author;
        definition.Note = null;
        var result = await definitions.ImportAsync(WorkflowJson.Serialize(definition, indented: false), publish: false, ct);
        return result.Success
            ? FlowActionResult.Ok(string.Format(text["Import.Done"], definition.Name, definition.Id), definition.Id)
            : FlowActionResult.Fail(string.Format(text["Import.Broken"], result.Error ?? result.Validation.ToString()));
    }

    private async Task<string?> CheckNewIdAsync(string? id, CancellationToken ct)
    {
        if (!FlowIds.IsValid(id)) return string.Format(text["Id.Invalid"], id);
        return await store.GetLatestVersionAsync(id!, ct) > 0 ? string.Format(text["Id.Taken"], id) : null;
    }
}
