using System.Net;
using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;

namespace CallCenter.Interop.Tests.Sip;

/// <summary>SIPp calls the built-in echo test *43 on the real Portal and hangs up.</summary>
public sealed class EchoCallWithSippTests : SipPortalTest
{
    protected override string[] Settings => ["Logging:LogLevel:CallCenter.Activities.Telephony=Debug"];

    [Theory]
    [InlineData("u1")]
    [InlineData("t1")]
    public async Task SIPp_calls_star_43_is_answered_with_SDP_and_its_BYE_ends_the_call(string transport)
    {
        var run = await Sipp.RunAsync(Over(transport), "call_echo.xml", transport, "-s", "*43", "-mi", "127.0.0.1");

        Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n{run.Log}\n--- portal ---\n{Portal.Output}");
        await Portal.WaitForOutputAsync("answered by the echo test", TimeSpan.FromSeconds(10));
        await Portal.WaitForOutputAsync("ended: the caller hung up", TimeSpan.FromSeconds(10));

        // The call record is in the product's database (stored in batches, so wait for the batch).
        await Portal.WaitForOutputAsync("Stored 1 call record(s)", TimeSpan.FromSeconds(10));
        await using var db = new SqliteConnection($"Data Source={Path.Combine(Folder, "data", "callcenter.db")};Pooling=False");
        await db.OpenAsync();
        await using var query = db.CreateCommand();
        query.CommandText = "select \"To\", HangupBy, Cause, AnsweredAt is not null, StatusCode from call_records";
        await using var row = await query.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync(), "a call record was written");
        Assert.StartsWith("sip:*43@", row.GetString(0));
        Assert.Equal(("Caller", "the caller hung up", true, 200L), (row.GetString(1), row.GetString(2), row.GetBoolean(3), row.GetInt64(4)));
    }

}
