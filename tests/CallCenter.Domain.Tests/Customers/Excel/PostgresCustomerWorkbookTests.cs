using CallCenter.Domain.Tests.TestSupport;
using CallCenter.Engine.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CallCenter.Domain.Tests.Customers.Excel;

[Collection(PostgresCollection.Name)]
public sealed class PostgresCustomerWorkbookTests(PostgresServer server, ITestOutputHelper output) : CustomerWorkbookScenarios(output)
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.PostgresAsync(server, configure);
}
