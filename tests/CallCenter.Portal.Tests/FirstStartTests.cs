using Microsoft.Data.Sqlite;

namespace CallCenter.Portal.Tests;

/// <summary>What a user gets from a fresh `dotnet run --project src/Portal`: a served page and a migrated SQLite database.</summary>
public sealed class FirstStartTests : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    /// <summary>workflows/*.json: morning-summary, ticket-reminder and the IVR flows hotline-12345, prepaid-card, satisfaction-survey.</summary>
    // hotline-12345, prepaid-card, satisfaction-survey, conference-room, ticket-reminder, morning-summary: every file under workflows/.
    private const long ShippedFlows = 6;
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-portal-").FullName;

    [Fact]
    public async Task First_start_creates_and_migrates_the_SQLite_database_publishes_the_shipped_flows_and_serves_the_home_page()
    {
        await using (var portal = await PortalProcess.StartAsync(_folder, StartTimeout))
        {
            using var http = portal.CreateClient();
            var page = await http.GetStringAsync("/status");
            Assert.Contains("ticket-reminder", page);
            Assert.Contains("published", page);
            Assert.Contains("Business hours (工作时间)", page);
            Assert.Contains("IVR demo data created", portal.Output);
            Assert.Matches(@"Demo extension 1001 created, SIP password [A-Za-z0-9]{16}", portal.Output);
            // No fixed default: the admin's password is generated and shown once.
            Assert.Matches(@"Portal user admin \(Admin\) created, password \S{20} ", portal.Output);
            Assert.Matches(@"Portal user 8001 \(Agent\) created, password \S{20} ", portal.Output);
            // Where to sign in, printed at start.
            await portal.WaitForOutputAsync($"Sign in at {portal.Address.ToString().TrimEnd('/')}/login as admin", TimeSpan.FromSeconds(10));
            Assert.Contains("<form method=\"post\" action=\"/account/login\"", await http.GetStringAsync("/login"));

            using var stats = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("/api/v1/telephony/stats"));
            Assert.Equal(0, stats.RootElement.GetProperty("activeCalls").GetInt32());
            Assert.Equal(0, stats.RootElement.GetProperty("mediaClock").GetProperty("streams").GetInt32());
            Assert.True(stats.RootElement.GetProperty("mediaClock").TryGetProperty("latenessP99Ms", out _));
            Assert.Equal(0, stats.RootElement.GetProperty("ivr").GetProperty("digitToPromptCount").GetInt64());
            Assert.True(stats.RootElement.GetProperty("ivr").TryGetProperty("digitToPromptP99Ms", out _));
        }

        var file = Path.Combine(_folder, "data", "callcenter.db");
        Assert.True(File.Exists(file), "the SQLite file is created under data/");
        await using var db = new SqliteConnection($"Data Source={file};Pooling=False");
        await db.OpenAsync();
        Assert.True(await ScalarAsync(db, "select count(*) from __EFMigrationsHistory") >= 1);
        Assert.Equal(ShippedFlows, await ScalarAsync(db, "select count(*) from wf_definitions where IsPublished = 1"));
        Assert.Equal(1, await ScalarAsync(db, "select count(*) from wf_triggers where Type = 'Event' and Key = 'TicketCreated'"));
        Assert.True(await ScalarAsync(db, "select count(*) from sqlite_master where type = 'table' and name like 'qrtz%'") > 0, "Quartz's job store tables are provisioned in the same database");
        Assert.Equal("wal", await TextAsync(db, "pragma journal_mode"));
        Assert.Equal(5, await ScalarAsync(db, "select count(*) from extensions where Number between '1001' and '1005' and Enabled = 1"));
        Assert.Equal(1, await ScalarAsync(db, "select count(*) from list_entries where Kind = 'Blacklist' and Pattern = '13666666666'"));
        Assert.Equal(1, await ScalarAsync(db, "select count(*) from tickets where Number = 'T20261101-0001'"));
        Assert.Equal(1, await ScalarAsync(db, "select count(*) from inbound_routes where CalledNumber = '12345'"));
    }

    [Fact]
    public async Task A_second_start_on_the_same_database_does_not_publish_the_shipped_flows_again()
    {
        await using (await PortalProcess.StartAsync(_folder, StartTimeout)) { }
        await using (var again = await PortalProcess.StartAsync(_folder, StartTimeout))
        {
            Assert.DoesNotContain("Applying", again.Output);
            Assert.DoesNotContain("SIP password", again.Output);
            Assert.DoesNotContain("Portal user", again.Output);
            Assert.DoesNotContain("IVR demo data created", again.Output);
        }

        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Pooling=False");
        await db.OpenAsync();
        Assert.Equal(ShippedFlows, await ScalarAsync(db, "select count(*) from wf_definitions"));
        Assert.Equal(1, await ScalarAsync(db, "select max(Version) from wf_definitions"));
        Assert.Equal(3, await ScalarAsync(db, "select count(*) from customers"));
    }

    private static async Task<long> ScalarAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task<string> TextAsync(SqliteConnection db, string sql)
    {
        await using var command = db.CreateCommand();
        command.CommandText = sql;
        return (string)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
