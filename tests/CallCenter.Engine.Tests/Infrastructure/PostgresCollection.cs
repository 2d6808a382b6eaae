namespace CallCenter.Engine.Tests.Infrastructure;

/// <summary>
/// Test classes marked <c>[Collection(PostgresCollection.Name)]</c> share one throw-away
/// <see cref="PostgresServer"/>; each should create its own database with
/// <see cref="PostgresServer.CreateDatabaseAsync"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>The collection name: "postgres".</summary>
    public const string Name = "postgres";
}
