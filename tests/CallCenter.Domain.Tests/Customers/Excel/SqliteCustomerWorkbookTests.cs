using CallCenter.Domain.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CallCenter.Domain.Tests.Customers.Excel;

public sealed class SqliteCustomerWorkbookTests(ITestOutputHelper output) : CustomerWorkbookScenarios(output)
{
    protected override Task<DomainDatabase> CreateDatabaseAsync(Action<IServiceCollection> configure) => DomainDatabase.SqliteAsync(configure);
}
