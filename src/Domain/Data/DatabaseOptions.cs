namespace CallCenter.Domain.Data;

/// <summary>Database settings (section <c>Database</c> in appsettings.json).</summary>
public sealed class DatabaseOptions
{
    /// <summary>Sqlite (default, embedded), PostgreSql or SqlServer.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>ADO.NET connection string. Default: <c>Data Source=data/callcenter.db</c> (SQLite file under the working directory's data/ folder, created on first start).</summary>
    public string ConnectionString { get; set; } = "Data Source=data/callcenter.db";

    /// <summary>Run Quartz clustered so that several nodes share timers and each fires once (PostgreSQL and SQL Server only; SQLite refuses it). Default false.</summary>
    public bool ClusteredTimers { get; set; }

    /// <summary>Apply pending migrations at start-up. Default true.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>The assembly holding this provider's migrations.</summary>
    public string MigrationsAssembly => Provider switch
    {
        DatabaseProvider.PostgreSql => "CallCenter.Migrations.PostgreSql",
        DatabaseProvider.SqlServer => "CallCenter.Migrations.SqlServer",
        _ => "CallCenter.Migrations.Sqlite",
    };
}
