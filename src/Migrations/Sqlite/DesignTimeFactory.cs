using CallCenter.Domain.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CallCenter.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the context for Sqlite migrations; a connection string may follow <c>--</c> as <c>--connection "…"</c>.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CallCenterDbContext>
{
    public CallCenterDbContext CreateDbContext(string[] args)
    {
        var at = Array.IndexOf(args, "--connection");
        var options = new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = at >= 0 && at + 1 < args.Length ? args[at + 1] : "Data Source=design-time.db",
        };
        var builder = new DbContextOptionsBuilder<CallCenterDbContext>();
        DbContextOptionsConfigurator.Configure(builder, options);
        return new CallCenterDbContext(builder.Options);
    }
}
