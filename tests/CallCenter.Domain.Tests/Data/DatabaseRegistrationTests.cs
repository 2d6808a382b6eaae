using CallCenter.Domain.Data;
using CallCenter.Domain.Extensions;
using CallCenter.Engine.Extensions;
using CallCenter.Engine.Persistence;
using CallCenter.Engine.Persistence.EntityFramework;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CallCenter.Domain.Tests.Data;

/// <summary>How the database is put together from configuration.</summary>
public sealed class DatabaseRegistrationTests
{
    [Fact]
    public void Clustered_timers_on_SQLite_are_refused_with_a_message_naming_the_fix()
    {
        var services = new ServiceCollection().AddLogging().AddWorkflowEngine();
        var error = Assert.Throws<InvalidOperationException>(() =>
            services.AddCallCenterDatabase(new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ClusteredTimers = true }));
        Assert.Contains("PostgreSQL or SQL Server", error.Message);
    }

    [Fact]
    public void The_database_registration_replaces_the_in_memory_stores()
    {
        using var provider = new ServiceCollection().AddLogging().AddWorkflowEngine()
            .AddCallCenterDatabase(new DatabaseOptions { ConnectionString = "Data Source=unused.db" })
            .BuildServiceProvider();
        Assert.IsType<EfDefinitionStore<CallCenterDbContext>>(provider.GetRequiredService<IDefinitionStore>());
        Assert.IsType<EfInstanceStore<CallCenterDbContext>>(provider.GetRequiredService<IInstanceStore>());
    }

    [Fact]
    public async Task The_SQLite_file_and_its_folder_are_created_on_first_start()
    {
        var folder = Path.Combine(Path.GetTempPath(), "callcenter-" + Guid.NewGuid().ToString("N"), "nested", "data");
        var options = new DatabaseOptions { ConnectionString = $"Data Source={Path.Combine(folder, "cc.db")}" };
        try
        {
            await using var provider = new ServiceCollection().AddLogging().AddWorkflowEngine().AddCallCenterDatabase(options).BuildServiceProvider();
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            Assert.True(File.Exists(Path.Combine(folder, "cc.db")));
            await using var db = await provider.GetRequiredService<IDbContextFactory<CallCenterDbContext>>().CreateDbContextAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(folder))!, recursive: true);
        }
    }
}
