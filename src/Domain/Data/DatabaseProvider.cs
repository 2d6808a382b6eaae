namespace CallCenter.Domain.Data;

/// <summary>The supported database servers.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
    SqlServer,
}
