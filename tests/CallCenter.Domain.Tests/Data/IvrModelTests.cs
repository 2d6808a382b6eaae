using CallCenter.Domain.Customers;
using CallCenter.Domain.Data;
using CallCenter.Domain.Lists;
using CallCenter.Domain.Messaging;
using CallCenter.Domain.Routing;
using CallCenter.Domain.Tickets;
using Microsoft.EntityFrameworkCore;

namespace CallCenter.Domain.Tests.Data;

/// <summary>The IVR lookups made during a call are backed by indexes, and the uniqueness rules live in the database.</summary>
public sealed class IvrModelTests
{
    private static CallCenterDbContext Context() =>
        new(new DbContextOptionsBuilder<CallCenterDbContext>().UseSqlite("Data Source=:memory:").Options);

    [Theory]
    [InlineData(typeof(CustomerPhone), false, "Number")]
    [InlineData(typeof(Customer), true, "MemberNumber")]
    [InlineData(typeof(ListEntry), false, "Pattern")]
    [InlineData(typeof(InboundRoute), false, "CalledNumber")]
    [InlineData(typeof(Ticket), true, "Number")]
    [InlineData(typeof(Ticket), true, "Day", "DaySequence")]
    [InlineData(typeof(OutboxMessage), false, "State", "NextAttemptAt")]
    public void Lookups_during_a_call_are_keyed_by_an_index(Type entity, bool unique, params string[] columns)
    {
        using var context = Context();
        var index = context.Model.FindEntityType(entity)!.GetIndexes().SingleOrDefault(i => i.Properties.Select(p => p.Name).SequenceEqual(columns));
        Assert.NotNull(index);
        Assert.Equal(unique, index.IsUnique);
    }

    [Fact]
    public void No_column_holds_a_PIN_only_its_hash()
    {
        using var context = Context();
        var columns = context.Model.FindEntityType(typeof(Customer))!.GetProperties().Select(p => p.GetColumnName()).ToList();
        Assert.Contains("PinHash", columns);
        Assert.DoesNotContain(columns, c => c.Equals("Pin", StringComparison.OrdinalIgnoreCase));
    }
}
