using CallCenter.Domain.Data;
using Microsoft.Extensions.Hosting;

namespace CallCenter.Engine.Tests.Persistence;

/// <summary>The version history scenarios on the EF store over a real SQLite file.</summary>
public sealed class SqliteDefinitionHistoryTests : DefinitionHistoryScenarios, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-history-").FullName;

    protected override async Task<(IServiceProvider Services, IAsyncDisposable Owner)> StartAsync()
    {
        var host = await DatabaseHost.StartAsync(new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = $"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N"))}.db",
        });
        return (host.Services, new StoppingHost(host));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private sealed class StoppingHost(IHost host) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}
