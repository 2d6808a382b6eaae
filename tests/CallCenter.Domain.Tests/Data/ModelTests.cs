using CallCenter.Domain.Data;
using CallCenter.Engine.Persistence.EntityFramework.Records;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Data;

/// <summary>The shape of the one database: lookups the engine does on hot paths are backed by indexes.</summary>
public sealed class ModelTests
{
    private static CallCenterDbContext Context() =>
        new(new DbContextOptionsBuilder<CallCenterDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Theory]
    [InlineData(typeof(TriggerIndexRecord), "Type", "Key")]
    [InlineData(typeof(BookmarkRecord), "Type", "CorrelationKey")]
    [InlineData(typeof(BookmarkRecord), "InstanceId")]
    [InlineData(typeof(JournalRecord), "InstanceId")]
    [InlineData(typeof(InstanceRecord), "CorrelationId")]
    public void Engine_lookups_are_keyed_by_an_index(Type entity, params string[] columns)
    {
        using var context = Context();
        var type = context.Model.FindEntityType(entity)!;
        Assert.Contains(type.GetIndexes(), i => i.Properties.Select(p => p.Name).SequenceEqual(columns));
    }

    [Fact]
    public void The_instance_revision_guards_concurrent_saves()
    {
        using var context = Context();
        var revision = context.Model.FindEntityType(typeof(InstanceRecord))!.FindProperty(nameof(InstanceRecord.Revision))!;
        Assert.True(revision.IsConcurrencyToken);
    }

    [Fact]
    public void The_engine_tables_are_named_with_the_wf_prefix()
    {
        using var context = Context();
        var tables = context.Model.GetEntityTypes().Select(e => e.GetTableName()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "wf_definitions", "wf_instances", "wf_bookmarks", "wf_journal", "wf_incidents", "wf_triggers" }, tables);
    }
}
