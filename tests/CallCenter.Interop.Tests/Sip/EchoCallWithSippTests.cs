using System.Net;
using System.Text.RegularExpressions;
using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>SIPp calls the built-in echo test *43 on the real Portal and hangs up.</summary>
public sealed partial class EchoCallWithSippTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("callcenter-interop-").FullName;
    private PortalProcess _portal = null!;
    private IPEndPoint _udp = null!;
    private IPEndPoint _tcp = null!;

    [GeneratedRegex(@"SIP listening on udp:(?<udp>[0-9.]+:\d+) tcp:(?<tcp>[0-9.]+:\d+)")]
    private static partial Regex Listening();

    public async Task InitializeAsync()
    {
        _portal = await PortalProcess.StartAsync(_folder, TimeSpan.FromSeconds(90), "Logging:LogLevel:CallCenter.Activities.Telephony=Debug");
        var match = Listening().Match(_portal.Output);
        Assert.True(match.Success, "the Portal logs where SIP listens:\n" + _portal.Output);
        _udp = IPEndPoint.Parse(match.Groups["udp"].Value);
        _tcp = IPEndPoint.Parse(match.Groups["tcp"].Value);
    }

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task SIPp_calls_star_43_is_answered_with_SDP_and_its_BYE_ends_the_call(string transport)
    {
        var run = await Sipp.RunAsync(transport == "u1" ? _udp : _tcp, "call_echo.xml", transport, "-s", "*43", "-mi", "127.0.0.1");

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n{run.Log}\n--- portal ---\n{_portal.Output}");
        await _portal.WaitForOutputAsync("answered by the echo test", TimeSpan.FromSeconds(10));
        await _portal.WaitForOutputAsync("ended: the caller hung up", TimeSpan.FromSeconds(10));

        // The call record is in the product's database (stored in batches, so wait for the batch).
        await _portal.WaitForOutputAsync("Stored 1 call record(s)", TimeSpan.FromSeconds(10));
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_folder, "data", "callcenter.db")};Pooling=False");
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "select \"To\", HangupBy, Cause, AnsweredAt is not null, StatusCode from call_records";
        await using var row = await query.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync(), "a call record was written");
        Assert.StartsWith("sip:*43@", row.GetString(0));
        Assert.Equal(("Caller", "the caller hung up", true, 200L), (row.GetString(1), row.GetString(2), row.GetBoolean(3), row.GetInt64(4)));
    }

    public async Task DisposeAsync()
    {
        await _portal.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
