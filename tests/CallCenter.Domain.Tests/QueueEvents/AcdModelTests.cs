using CallCenter.Domain.Agents;
using CallCenter.Domain.Data;
using CallCenter.Domain.QueueEvents;
using CallCenter.Domain.Queues;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.QueueEvents;

/// <summary>The log reads (by period, queue, call, agent) and the agent/queue lookups are backed by indexes; the uniqueness rules live in the database.</summary>
public sealed class AcdModelTests
{
    private static CallCenterDbContext Context() =>
        new(new DbContextOptionsBuilder<CallCenterDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Theory]
    [InlineData(typeof(QueueEvent), false, "At")]
    [InlineData(typeof(QueueEvent), false, "Queue", "At")]
    [InlineData(typeof(QueueEvent), false, "CallId")]
    [InlineData(typeof(QueueEvent), false, "Agent", "At")]
    [InlineData(typeof(AgentStatusChange), false, "AgentNumber", "At")]
    [InlineData(typeof(AgentStatusChange), false, "At")]
    [InlineData(typeof(Agent), true, "Number")]
    [InlineData(typeof(Agent), true, "ExtensionId")]
    [InlineData(typeof(AgentSkill), false, "Skill")]
    [InlineData(typeof(AgentGroup), true, "Name")]
    [InlineData(typeof(CallQueue), true, "Name")]
    [InlineData(typeof(QueueMember), true, "QueueId", "AgentId")]
    [InlineData(typeof(QueueMember), true, "QueueId", "GroupId")]
    public void Reads_are_keyed_by_an_index(Type entity, bool unique, params string[] columns)
    {
        using var context = Context();
        // A read is keyed by an index that starts with its columns; a non-unique one may carry more (the covering
        // queue_events indexes of migration ReportSpeed), a unique one must be exactly these columns.
        var index = context.Model.FindEntityType(entity)!.GetIndexes().SingleOrDefault(i => unique
            ? i.Properties.Select(p => p.Name).SequenceEqual(columns)
            : i.Properties.Take(columns.Length).Select(p => p.Name).SequenceEqual(columns));
        Assert.NotNull(index);
        Assert.Equal(unique, index.IsUnique);
    }

    [Theory]
    [InlineData(typeof(QueueEvent), "queue_events")]
    [InlineData(typeof(AgentStatusChange), "agent_status_changes")]
    public void The_logs_have_no_foreign_keys_so_a_batch_never_fails_on_configuration(Type entity, string table)
    {
        using var context = Context();
        var type = context.Model.FindEntityType(entity)!;
        Assert.Equal(table, type.GetTableName());
        Assert.Empty(type.GetForeignKeys());
    }

    [Fact]
    public void Enums_are_stored_as_their_names()
    {
        using var context = Context();
        Assert.Equal(typeof(string), context.Model.FindEntityType(typeof(QueueEvent))!.FindProperty(nameof(QueueEvent.Event))!.GetProviderClrType());
        Assert.Equal(typeof(string), context.Model.FindEntityType(typeof(CallQueue))!.FindProperty(nameof(CallQueue.Strategy))!.GetProviderClrType());
        Assert.Equal(typeof(string), context.Model.FindEntityType(typeof(Agent))!.FindProperty(nameof(Agent.DialPermission))!.GetProviderClrType());
        Assert.Equal(typeof(string), context.Model.FindEntityType(typeof(AgentStatusChange))!.FindProperty(nameof(AgentStatusChange.To))!.GetProviderClrType());
    }
}
