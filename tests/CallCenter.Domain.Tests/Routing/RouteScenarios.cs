using CallCenter.Domain.Routing;
using CallCenter.Domain.Tests.TestSupport;

namespace CallCenter.Domain.Tests.Routing;

/// <summary>Inbound route lookup, run on each provider: the most specific caller pattern wins, then priority, then age.</summary>
public abstract class RouteScenarios : IAsyncLifetime
{
    private DomainDatabase _db = null!;

    protected abstract Task<DomainDatabase> CreateDatabaseAsync();

    public async Task InitializeAsync()
    {
        _db = await CreateDatabaseAsync();
        await using var context = await _db.ContextAsync();
        // Inserted least specific last so that insertion order cannot explain the results.
        context.InboundRoutes.AddRange(
            new InboundRoute { CalledNumber = "12345", CallerPattern = "13800138000", WorkflowDefinitionId = "vip-line" },
            new InboundRoute { CalledNumber = "12345", CallerPattern = "0755*", WorkflowDefinitionId = "shenzhen-landline" },
            new InboundRoute { CalledNumber = "12345", CallerPattern = "07*", WorkflowDefinitionId = "south-landline" },
            new InboundRoute { CalledNumber = "12345", CallerPattern = "139*", WorkflowDefinitionId = "low-priority", Priority = 1 },
            new InboundRoute { CalledNumber = "12345", CallerPattern = "139*", WorkflowDefinitionId = "high-priority", Priority = 5 },
            new InboundRoute { CalledNumber = "12345", CallerPattern = "137*", WorkflowDefinitionId = "disabled", Enabled = false },
            new InboundRoute { CalledNumber = "12345", WorkflowDefinitionId = "hotline-12345" },
            new InboundRoute { CalledNumber = "4008001234", WorkflowDefinitionId = "prepaid-card" });
        await context.SaveChangesAsync();
    }

    [Theory]
    [InlineData("12345", "13800138000", "vip-line")]
    [InlineData("12345", "075588880000", "shenzhen-landline")]
    [InlineData("12345", "0710000000", "south-landline")]
    [InlineData("12345", "13900139000", "high-priority")]
    [InlineData("12345", "13700137000", "hotline-12345")]
    [InlineData("12345", null, "hotline-12345")]
    [InlineData("400-800-1234", "13800138000", "prepaid-card")]
    [InlineData("99999", "13800138000", null)]
    public async Task The_most_specific_matching_route_wins(string called, string? caller, string? expected) =>
        Assert.Equal(expected, (await _db.Get<InboundRouteResolver>().ResolveAsync(called, caller))?.WorkflowDefinitionId);

    [Fact]
    public async Task A_route_edited_in_the_database_applies_to_the_next_call()
    {
        await using (var context = await _db.ContextAsync())
        {
            context.InboundRoutes.Add(new InboundRoute { CalledNumber = "12345", WorkflowDefinitionId = "hotline-v2", Priority = 10 });
            await context.SaveChangesAsync();
        }
        Assert.Equal("hotline-v2", (await _db.Get<InboundRouteResolver>().ResolveAsync("12345", "13700137000"))?.WorkflowDefinitionId);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();
}
