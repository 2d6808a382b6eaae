using Npgsql;

namespace CallCenter.Engine.Tests.Infrastructure;

[Collection(PostgresCollection.Name)]
public sealed class PostgresServerTests(PostgresServer server)
{
    [Fact]
    public async Task Server_answers_select_version_in_a_database_of_its_own()
    {
        var connectionString = await server.CreateDatabaseAsync("postgres_server_tests_version");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var version = await ScalarAsync(connection, "select version()");

        Assert.StartsWith("PostgreSQL ", version);
        Assert.Equal("postgres_server_tests_version", await ScalarAsync(connection, "select current_database()"));
    }

    [Fact]
    public async Task Server_is_the_throw_away_cluster_on_its_own_port_not_the_system_one()
    {
        await using var connection = new NpgsqlConnection(server.ConnectionString("postgres"));
        await connection.OpenAsync();

        Assert.Equal(server.DataDirectory, await ScalarAsync(connection, "show data_directory"));
        Assert.Equal(server.Port.ToString(), await ScalarAsync(connection, "show port"));
        Assert.Equal("off", await ScalarAsync(connection, "show fsync"));
    }

    [Fact]
    public async Task Databases_created_per_test_class_do_not_see_each_other()
    {
        var first = await server.CreateDatabaseAsync("postgres_server_tests_first");
        var second = await server.CreateDatabaseAsync("postgres_server_tests_second");

        await using (var connection = new NpgsqlConnection(first))
        {
            await connection.OpenAsync();
            await ScalarAsync(connection, "create table marker(id int); select 'ok'");
        }

        await using var other = new NpgsqlConnection(second);
        await other.OpenAsync();
        Assert.Equal("none", await ScalarAsync(other, "select coalesce(to_regclass('marker')::text, 'none')"));
    }

    [Fact]
    public async Task CreateDatabaseAsync_rejects_a_name_that_would_need_quoting()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => server.CreateDatabaseAsync("Robert\"; drop database postgres; --"));
    }

    private static async Task<string> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
