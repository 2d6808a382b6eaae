using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CallCenter.Interop.Tests.Sip;
using Microsoft.Data.Sqlite;

namespace CallCenter.Interop.Tests.Ivr;

/// <summary>
/// A shipped flow called through the real Portal by SIPp: the caller's keys and voice come from a pcap the test
/// writes; what happened is read from the Portal's log (the flows' Log activities), from the calls API
/// (<c>GET /api/v1/calls?callId=</c>: path, keys, prompts spoken, recordings, tickets, messages, attributes, queue visits,
/// SIP status); a test that must change data (a route) opens the Portal's SQLite file.
/// </summary>
public abstract class IvrSippTest : SipPortalTest
{
    /// <summary>A Wednesday 10:00 in Asia/Shanghai, a working day: the 12345 calendar is Open.</summary>
    public const string OfficeHours = "2026-11-25T10:00:00+08:00";

    /// <summary>The center's wall clock for this test class (Clock:StartAt).</summary>
    protected virtual string ClockStartAt => OfficeHours;

    protected override string[] Settings => [$"Clock:StartAt={ClockStartAt}", .. ExtraSettings];

    protected virtual string[] ExtraSettings => [];

    /// <summary>One SIPp call; <paramref name="CallId"/> is the SIP Call-ID the test chose (SIPp sends it as <c>-cid_str</c>, no format characters).</summary>
    protected sealed record CallRun(int ExitCode, string Output, TimeSpan Elapsed, string CallId);

    /// <summary>Where the Portal's HTTP API listens (a class that sets <c>urls</c> itself overrides this).</summary>
    protected virtual Uri ApiAddress => Portal.Address;

    /// <summary>Calls <paramref name="number"/> as <paramref name="caller"/>, sends <paramref name="steps"/>, and waits for the server's BYE.</summary>
    protected Task<CallRun> CallAsync(string number, string caller, params PcapStep[] steps) =>
        RunAsync("ivr_call.xml", number, caller, null, steps);

    /// <summary>Calls <paramref name="number"/> as <paramref name="caller"/> and expects it refused unanswered as busy (486).</summary>
    protected Task<CallRun> CallRefusedAsync(string number, string caller) =>
        RunAsync("ivr_refused.xml", number, caller, null, []);

    /// <summary>As <see cref="CallAsync"/> but the caller hangs up <paramref name="after"/> the answer.</summary>
    protected Task<CallRun> CallAndHangUpAsync(string number, string caller, TimeSpan after, params PcapStep[] steps) =>
        RunAsync("ivr_hangup.xml", number, caller, after, steps);

    private async Task<CallRun> RunAsync(string scenario, string number, string caller, TimeSpan? hangUpAfter, PcapStep[] steps)
    {
        var pcap = Path.Combine(Folder, $"caller-{Guid.NewGuid():N}.pcap");
        // A pcap needs at least one packet: a lone silent tone frame far after anything the test waits for.
        RtpPcap.WriteScript(pcap, steps.Length > 0 ? steps : [PcapStep.Tone(100, 120)]);
        var callId = $"{Guid.NewGuid():N}@ivr-interop";
        string[] extra = ["-s", number, "-key", "caller", caller, "-cid_str", callId, "-mi", "127.0.0.1", "-mp", MediaPorts.FreePair().ToString(),
            "-key", "pcap", pcap, "-timeout", "55s"];
        if (hangUpAfter is { } after) extra = [.. extra, "-d", ((int)after.TotalMilliseconds).ToString()];
        var clock = Stopwatch.StartNew();
        var run = await Sipp.RunAsync(Udp, scenario, "u1", extra);
        return new CallRun(run.ExitCode, $"SIPp exit {run.ExitCode}\n{run.Output}\n{run.Log}\n--- portal ---\n{Portal.Output}", clock.Elapsed, callId);
    }

    protected static void AssertCallCompleted(CallRun run) => Assert.True(run.ExitCode == 0, run.Output);

    /// <summary>
    /// The call as <c>GET /api/v1/calls?callId=</c> shows it once its flow's trace is stored. The call record is written
    /// at hang-up and the trace when the flow has ended, after it, through the same queue; the Portal logs neither.
    /// So the test first awaits the flow's own end-point log line (or, where the flow logs nothing, SIPp's end of the
    /// call), and then GETs until the call shows its flow: every 50 ms, at most <paramref name="timeout"/> (5 s unless
    /// told; in practice the first or second GET has it).
    /// </summary>
    protected Task<ApiCall> CallFromApiAsync(CallRun run, TimeSpan? timeout = null) => CallWhenAsync(run, call => call.Flow is not null, timeout);

    /// <summary>
    /// The call as the API shows it once <paramref name="shows"/> holds for it (e.g. its SMS delivered): a state the
    /// Portal reaches in the background and logs nothing for, so the API is read every 50 ms, at most
    /// <paramref name="timeout"/> (5 s unless told).
    /// </summary>
    protected async Task<ApiCall> CallWhenAsync(CallRun run, Func<ApiCall, bool> shows, TimeSpan? timeout = null)
    {
        using var http = Portal.CreateClient(TimeSpan.FromSeconds(10), ApiAddress);
        var limit = timeout ?? TimeSpan.FromSeconds(5);
        var clock = Stopwatch.StartNew();
        var url = $"/api/v1/calls?callId={Uri.EscapeDataString(run.CallId)}";
        List<ApiCall>? calls = null;
        while (clock.Elapsed < limit)
        {
            calls = await http.GetFromJsonAsync<List<ApiCall>>(url);
            if (calls is [{ Flow: not null } call] && shows(call)) return call;
            Assert.True(calls is null || calls.Count <= 1, $"one call record per Call-ID, got {calls?.Count}");
            await Task.Delay(50);
        }
        throw new TimeoutException($"GET {url} did not show the call as expected within {limit} (last: {(calls is null ? "null" : string.Join(", ", calls))})\n{run.Output}");
    }

    protected SqliteConnection OpenDatabase()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(Folder, "data", "callcenter.db")};Mode=ReadWrite;Pooling=False");
        connection.Open();
        return connection;
    }

    protected Task SeesAsync(string logText, int seconds = 45) => Portal.WaitForOutputAsync(logText, TimeSpan.FromSeconds(seconds));
}
