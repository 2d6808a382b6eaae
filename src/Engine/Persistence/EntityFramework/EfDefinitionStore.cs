using CallCenter.Engine.Models;
using CallCenter.Engine.Persistence.EntityFramework.Records;
using CallCenter.Engine.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Engine.Persistence.EntityFramework;

/// <summary>Definitions and the trigger index in any EF Core DbContext that applied <see cref="EngineModelBuilderExtensions.ApplyEngineModel"/>.</summary>
public sealed class EfDefinitionStore<TContext>(IDbContextFactory<TContext> factory, TimeProvider time, WriteGate? writeGate = null) : IDefinitionStore
    where TContext : DbContext
{
    public async Task<int> GetLatestVersionAsync(string definitionId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.Set<DefinitionRecord>().Where(d => d.DefinitionId == definitionId)
            .MaxAsync(d => (int?)d.Version, ct).ConfigureAwait(false) ?? 0;
    }

    public async Task<WorkflowDefinition?> FindAsync(string definitionId, int version, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var record = await db.Set<DefinitionRecord>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.Version == version, ct).ConfigureAwait(false);
        return record is null ? null : ToModel(record);
    }

    public async Task<WorkflowDefinition?> FindPublishedAsync(string definitionId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var record = await db.Set<DefinitionRecord>().AsNoTracking()
            .FirstOrDefaultAsync(d => d.DefinitionId == definitionId && d.IsPublished, ct).ConfigureAwait(false);
        return record is null ? null : ToModel(record);
    }

    public async Task SaveDraftAsync(WorkflowDefinition definition, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var existing = await db.Set<DefinitionRecord>()
            .FirstOrDefaultAsync(d => d.DefinitionId == definition.Id && d.Version == definition.Version, ct).ConfigureAwait(false);
        using var gate = await (writeGate ?? WriteGate.Open).EnterAsync(ct).ConfigureAwait(false);
        if (existing is { IsPublished: true })
            throw new InvalidOperationException($"Version {definition.Version} of '{definition.Id}' is published and cannot be changed");
        var json = Serialize(definition, published: false);
        if (existing is null) db.Add(ToRecord(definition, json, published: false));
        else
        {
            existing.Name = definition.Name;
            existing.Json = json;
            existing.CreatedAt = time.GetUtcNow().UtcDateTime;
        }
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
    }

    public async Task PublishAsync(WorkflowDefinition definition, IReadOnlyList<TriggerRecord> triggers, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        using var gate = await (writeGate ?? WriteGate.Open).EnterAsync(ct).ConfigureAwait(false);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.Set<DefinitionRecord>().Where(d => d.DefinitionId == definition.Id && d.IsPublished)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.IsPublished, false), ct).ConfigureAwait(false);
        await db.Set<DefinitionRecord>().Where(d => d.DefinitionId == definition.Id && d.Version == definition.Version)
            .ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await db.Set<TriggerIndexRecord>().Where(t => t.DefinitionId == definition.Id).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        db.Add(ToRecord(definition, Serialize(definition, published: true), published: true));
        foreach (var t in triggers)
            db.Add(new TriggerIndexRecord { DefinitionId = t.DefinitionId, Version = t.Version, ActivityId = t.ActivityId, Type = t.Type, Key = t.Key, Payload = t.Payload });
        await db.SaveChangesAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<DefinitionSummary>> ListAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<DefinitionRecord>().AsNoTracking()
            .OrderBy(d => d.DefinitionId).ThenBy(d => d.Version)
            .Select(d => new { d.DefinitionId, d.Name, d.Version, d.IsPublished, d.CreatedAt })
            .ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(r => new DefinitionSummary(r.DefinitionId, r.Name, r.Version, r.IsPublished, UtcTime.FromStored(r.CreatedAt))).ToList();
    }

    public async Task<IReadOnlyList<DefinitionVersion>> ListVersionsAsync(string definitionId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var records = await db.Set<DefinitionRecord>().AsNoTracking().Where(d => d.DefinitionId == definitionId)
            .OrderByDescending(d => d.Version).ToListAsync(ct).ConfigureAwait(false);
        // Author and note live in the version's JSON (no columns of their own), so each version is read whole.
        return records.Select(r =>
        {
            var definition = ToModel(r);
            return new DefinitionVersion(r.DefinitionId, r.Version, r.Name, r.IsPublished, UtcTime.FromStored(r.CreatedAt), definition.ChangedBy, definition.Note);
        }).ToList();
    }

    public async Task<bool> DeleteAsync(string definitionId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        using var gate = await (writeGate ?? WriteGate.Open).EnterAsync(ct).ConfigureAwait(false);
        await using var tx = await db.Database.BeginTransactionAsync(ct).ConfigureAwait(false);
        await db.Set<TriggerIndexRecord>().Where(t => t.DefinitionId == definitionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        var deleted = await db.Set<DefinitionRecord>().Where(d => d.DefinitionId == definitionId).ExecuteDeleteAsync(ct).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return deleted > 0;
    }

    public async Task<IReadOnlyList<TriggerRecord>> FindTriggersAsync(string type, string key, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<TriggerIndexRecord>().AsNoTracking().Where(t => t.Type == type && t.Key == key).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToModel).ToList();
    }

    public async Task<IReadOnlyList<TriggerRecord>> ListTriggersAsync(string type, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct).ConfigureAwait(false);
        var rows = await db.Set<TriggerIndexRecord>().AsNoTracking().Where(t => t.Type == type).ToListAsync(ct).ConfigureAwait(false);
        return rows.Select(ToModel).ToList();
    }

    private static TriggerRecord ToModel(TriggerIndexRecord t) => new(t.DefinitionId, t.Version, t.ActivityId, t.Type, t.Key, t.Payload);

    private static string Serialize(WorkflowDefinition definition, bool published)
    {
        var copy = WorkflowJson.Clone(definition);
        copy.IsPublished = published;
        return WorkflowJson.Serialize(copy, indented: false);
    }

    private DefinitionRecord ToRecord(WorkflowDefinition definition, string json, bool published) => new()
    {
        DefinitionId = definition.Id,
        Version = definition.Version,
        Name = definition.Name,
        IsPublished = published,
        Json = json,
        CreatedAt = time.GetUtcNow().UtcDateTime,
    };

    private static WorkflowDefinition ToModel(DefinitionRecord record)
    {
        var parsed = WorkflowJson.Parse(record.Json);
        var definition = parsed.Definition ?? throw new InvalidOperationException($"Stored workflow '{record.DefinitionId}' v{record.Version} is unreadable: {parsed.Error}");
        definition.Version = record.Version;
        definition.IsPublished = record.IsPublished;
        return definition;
    }
}
