using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using CallCenter.Interop.Tests.Ivr;
using CallCenter.Interop.Tests.Sip;
using CallCenter.Interop.Tests.Sip.Baresip;

namespace CallCenter.Interop.Tests.Acd;

/// <summary>
/// Base of the ACD interop tests: the class's shared <see cref="AcdPortal"/>, and for each test three fresh baresip
/// agents' phones (extensions 1001/1002/1003 of agents 8001/8002/8003, auto-answer, tones of 500/900/1,300 Hz) with every
/// agent logged out, so a test starts from a known ACD state whatever the test before it left. Helpers configure a queue
/// (<c>PUT /api/v1/queues/{name}</c>), log agents in in a chosen order, place SIPp callers (the caller keeps the line until the
/// server hangs up, or hangs up after a delay), hang an agent's phone up, and read the results through the API.
/// </summary>
public abstract class AcdPortalTest(AcdPortal portal) : IClassFixture<AcdPortal>, IAsyncLifetime
{
    /// <summary>Limit of every await on a peer or the Portal: generous for a loaded 2-core machine, far below SIPp's own timeouts.</summary>
    protected static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    /// <summary>Agent → (extension, the tone its phone plays).</summary>
    protected static readonly IReadOnlyDictionary<string, (string Extension, double ToneHz)> Agents = new Dictionary<string, (string, double)>
    {
        ["8001"] = ("1001", 500),
        ["8002"] = ("1002", 900),
        ["8003"] = ("1003", 1300),
    };

    private readonly Dictionary<string, BaresipPhone> _phones = [];
    private readonly Dictionary<BaresipPhone, int> _seen = [];
    private readonly HashSet<string> _queues = [];

    protected AcdPortal Center { get; } = portal;
    protected HttpClient Http => Center.Http;

    /// <summary>The phone agent <paramref name="agent"/> works on.</summary>
    private protected BaresipPhone PhoneOf(string agent) => _phones[Agents[agent].Extension];

    public async Task InitializeAsync()
    {
        foreach (var agent in Agents.Keys) await LogOutAsync(agent);
        var folder = Directory.CreateDirectory(Path.Combine(Center.Folder, $"test-{Guid.NewGuid():N}")).FullName;
        // One after another: each phone has bound its ports before the next picks free ones.
        foreach (var (extension, toneHz) in Agents.Values)
        {
            var phone = await StartPhoneAsync(folder, extension, toneHz);
            _phones[phone.User] = phone;
            _seen[phone] = 0;
        }
        await Task.WhenAll(_phones.Values.Select(p => p.WaitRegisteredAsync(Wait)));
    }

    /// <summary>
    /// BaresipPhone picks a free SIP port and baresip binds it a moment later: on a machine shared with other tests another
    /// process can take it in between (baresip then logs "Address already in use" and never opens ctrl_tcp). That race,
    /// and only it, is retried with a fresh folder and port.
    /// </summary>
    private async Task<BaresipPhone> StartPhoneAsync(string folder, string extension, double toneHz)
    {
        for (var attempt = 1; ; attempt++)
        {
            var own = Directory.CreateDirectory(Path.Combine(folder, $"{extension}-{attempt}")).FullName;
            try
            {
                return await BaresipPhone.StartAsync(own, extension, AcdPortal.Password, Center.Udp, autoAnswer: true, toneHz: toneHz);
            }
            catch (TimeoutException ex) when (attempt < 3 && ex.Message.Contains("Address already in use", StringComparison.Ordinal))
            {
            }
        }
    }

    public async Task DisposeAsync()
    {
        // A failed test may leave callers waiting in its queue (SIPp holds the line for up to 50 s): with no members left
        // they can never be offered to the next test's agents.
        foreach (var queue in _queues)
        {
            using var response = await Http.PutAsJsonAsync($"/api/v1/queues/{queue}", new { members = Array.Empty<object>() });
        }
        foreach (var phone in _phones.Values) await phone.DisposeAsync();
    }

    // --- the ACD through the API ---------------------------------------------------------------------------------

    /// <summary>Creates or replaces a queue; the Portal applies it to the live ACD at once. Emptied again after the test.</summary>
    protected async Task PutQueueAsync(string name, object settings)
    {
        _queues.Add(name);
        using var response = await Http.PutAsJsonAsync($"/api/v1/queues/{name}", settings);
        Assert.True(response.IsSuccessStatusCode, $"PUT queue {name}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>Every test agent as a member of the queue, in agent-number order.</summary>
    protected static object[] AllAgentsAsMembers => [.. Agents.Keys.Select(a => new { agent = a })];

    /// <summary>Logs the agents in one after another, Ready (the ACD stamps each login: the first is idle longest).</summary>
    protected async Task LogInAsync(params string[] agents)
    {
        foreach (var agent in agents) Assert.Equal("Ready", (await PostAgentAsync(agent, "login")).Status);
    }

    protected async Task LogInNotReadyAsync(string agent) =>
        Assert.Equal("NotReady", (await PostAgentAsync(agent, "login", new { ready = false })).Status);

    protected Task<ApiAcdAgent> ReadyAsync(string agent) => PostAgentAsync(agent, "ready");

    private async Task LogOutAsync(string agent)
    {
        if ((await AgentAsync(agent)).Status == "LoggedOut") return;
        await PostAgentAsync(agent, "logout");
    }

    private async Task<ApiAcdAgent> PostAgentAsync(string agent, string action, object? body = null)
    {
        using var response = body is null ? await Http.PostAsync($"/api/v1/agents/{agent}/{action}", null) : await Http.PostAsJsonAsync($"/api/v1/agents/{agent}/{action}", body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST agent {agent} {action}: {(int)response.StatusCode} {text}");
        return (await response.Content.ReadFromJsonAsync<ApiAcdAgent>())!;
    }

    protected async Task<ApiAcdAgent> AgentAsync(string agent) => (await Http.GetFromJsonAsync<ApiAcdAgent>($"/api/v1/acd/agents/{agent}"))!;

    /// <summary>
    /// Until <paramref name="count"/> callers wait in the queue: the ACD takes a caller in memory and logs nothing then, so
    /// its live view is read every 50 ms, at most <see cref="Wait"/>.
    /// </summary>
    protected async Task WaitingAsync(string queue, int count)
    {
        var clock = Stopwatch.StartNew();
        ApiAcdQueue? view = null;
        while (clock.Elapsed < Wait)
        {
            view = await Http.GetFromJsonAsync<ApiAcdQueue>($"/api/v1/acd/queues/{queue}");
            if (view!.Waiting == count) return;
            await Task.Delay(50);
        }
        throw new TimeoutException($"queue {queue} did not have {count} waiting within {Wait} (last: {view})\n{Center.Portal.Output}");
    }

    /// <summary>The queue events of a call, oldest first, once <paramref name="shows"/> holds (<see cref="QueueLogApi"/>).</summary>
    protected Task<List<ApiQueueEvent>> QueueEventsAsync(string callId, Func<List<ApiQueueEvent>, bool> shows) =>
        QueueLogApi.EventsAsync(Http, callId, shows, Wait);

    /// <summary>
    /// An agent's status changes since <paramref name="since"/>, oldest first, once <paramref name="shows"/> holds (written in
    /// batches like the queue log, so read every 50 ms, at most <see cref="Wait"/>).
    /// </summary>
    protected async Task<List<ApiStatusChange>> StatusChangesAsync(string agent, DateTimeOffset since, Func<List<ApiStatusChange>, bool> shows)
    {
        var clock = Stopwatch.StartNew();
        List<ApiStatusChange> changes = [];
        var url = $"/api/v1/agents/{agent}/status-changes?since={Uri.EscapeDataString(since.UtcDateTime.ToString("O"))}";
        while (clock.Elapsed < Wait)
        {
            changes = [.. (await Http.GetFromJsonAsync<List<ApiStatusChange>>(url))!.OrderBy(c => c.Id)];
            if (shows(changes)) return changes;
            await Task.Delay(50);
        }
        throw new TimeoutException($"the status changes of {agent} did not show as expected within {Wait}: {string.Join(", ", changes)}");
    }

    /// <summary>
    /// The call as <c>GET /api/v1/calls?callId=</c> shows it once its queue visit is on it: the trace is stored after the
    /// flow ends (after the caller's SIPp has finished), and the Portal logs nothing then, so the API is read every 50 ms,
    /// at most <see cref="Wait"/>.
    /// </summary>
    protected async Task<ApiCall> CallFromApiAsync(string callId)
    {
        var clock = Stopwatch.StartNew();
        var url = $"/api/v1/calls?callId={Uri.EscapeDataString(callId)}";
        List<ApiCall>? calls = null;
        while (clock.Elapsed < Wait)
        {
            calls = await Http.GetFromJsonAsync<List<ApiCall>>(url);
            if (calls is [{ Flow: not null, Queues.Count: > 0 } call]) return call;
            await Task.Delay(50);
        }
        throw new TimeoutException($"GET {url} did not show the call's queue visit within {Wait} (last: {(calls is null ? "null" : string.Join(", ", calls))})\n{Center.Portal.Output}");
    }

    protected Task SeesAsync(string logText) => Center.Portal.WaitForOutputAsync(logText, Wait);

    // --- the agents' phones ------------------------------------------------------------------------------------

    /// <summary>
    /// The next event of <paramref name="type"/> on the phone after the last one a test consumed (each phone keeps a
    /// cursor, so a second call on the same phone waits for its own events).
    /// </summary>
    private protected async Task<BaresipEvent> NextEventAsync(BaresipPhone phone, string type, TimeSpan? timeout = null)
    {
        var from = _seen[phone];
        BaresipEvent found;
        try
        {
            found = await phone.Control.WaitForEventAsync(type, timeout ?? Wait, after: from);
        }
        catch (TimeoutException ex)
        {
            throw new TimeoutException($"phone {phone.User}: {ex.Message}\n{await DiagnosticsAsync()}", ex);
        }
        var events = phone.Control.Events;
        for (var i = from; i < events.Count; i++)
            if (events[i].Type == type)
            {
                _seen[phone] = i + 1;
                break;
            }
        return found;
    }

    /// <summary>
    /// The agent whose phone establishes a call next (any of the three), with the caller URI its phone names; fails at once
    /// with SIPp's output if <paramref name="caller"/> ends first (e.g. refused, or never got in).
    /// </summary>
    private protected async Task<(string Agent, string CallerUri)> NextAnsweringAgentAsync(Caller caller)
    {
        using var stop = new CancellationTokenSource(Wait);
        var established = new TaskCompletionSource<BaresipPhone>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var registration = stop.Token.Register(() => established.TrySetCanceled());
        foreach (var (phone, from) in _phones.Values.Select(p => (p, _seen[p])))
            _ = phone.Control.WaitForEventAsync("CALL_ESTABLISHED", Wait, after: from)
                .ContinueWith(t => { if (t.IsCompletedSuccessfully) established.TrySetResult(phone); }, TaskScheduler.Default);
        _ = caller.Run.ContinueWith(t => established.TrySetException(new InvalidOperationException(t.IsCompletedSuccessfully
            ? $"the caller's SIPp ended (exit {t.Result.ExitCode}) before any agent's phone answered:\n{t.Result.Output}\n{t.Result.Log}"
            : $"the caller's SIPp failed: {t.Exception}")), TaskScheduler.Default);
        BaresipPhone answering;
        try
        {
            answering = await established.Task;
        }
        catch (TaskCanceledException)
        {
            throw new TimeoutException($"no agent's phone established a call within {Wait}\n{await DiagnosticsAsync()}");
        }
        // An auto-answering baresip reports no CALL_INCOMING; CALL_ESTABLISHED names the peer (the caller's number).
        var answered = await NextEventAsync(answering, "CALL_ESTABLISHED");
        return (Agents.Single(a => a.Value.Extension == answering.User).Key, answered.Param);
    }

    /// <summary>What a failure message needs: the agents' live states, each phone's events and log tail, the Portal's log tail.</summary>
    private protected async Task<string> DiagnosticsAsync()
    {
        var text = new System.Text.StringBuilder();
        foreach (var agent in Agents.Keys)
        {
            try { text.AppendLine($"ACD {agent}: {await AgentAsync(agent)}"); }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { text.AppendLine($"ACD {agent}: {ex.Message}"); }
        }
        foreach (var phone in _phones.Values)
        {
            text.AppendLine($"--- phone {phone.User}: {string.Join(", ", phone.Control.Events.Select(e => $"{e.Type}({e.Param})"))}");
            text.AppendLine(Tail(phone.Log, 15));
        }
        text.AppendLine("--- portal ---").AppendLine(Tail(Center.Portal.Output, 80));
        return text.ToString();
    }

    private static string Tail(string log, int lines) => string.Join('\n', log.Split('\n').TakeLast(lines));

    /// <summary>The agent hangs up their call and the phone reports it closed.</summary>
    private protected async Task HangUpAsync(BaresipPhone phone)
    {
        await phone.Control.CommandAsync("hangup");
        await NextEventAsync(phone, "CALL_CLOSED");
    }

    /// <summary>Whether the phone was offered any call so far in this test (auto-answer phones report no CALL_INCOMING, only the SDP and call events).</summary>
    private protected static bool Rang(BaresipPhone phone) => phone.Control.Events.Any(e => e.Type.StartsWith("CALL_", StringComparison.Ordinal));

    // --- callers ---------------------------------------------------------------------------------------------

    /// <summary>A SIPp caller under way: its Call-ID (what the API filters on) and its run.</summary>
    private protected sealed record Caller(string CallId, string Number, Task<Sipp.Run> Run)
    {
        public async Task<Sipp.Run> EndedAsync()
        {
            var run = await Run;
            Assert.True(run.ExitCode == 0, $"SIPp exit {run.ExitCode}\n{run.Output}\n{run.Log}");
            return run;
        }
    }

    /// <summary>Calls <paramref name="line"/> as <paramref name="number"/> and keeps the line until the server hangs up.</summary>
    private protected Caller Call(string line, string number, params PcapStep[] steps) => Start(Center.CallerScenarioPath, line, number, null, steps);

    /// <summary>As <see cref="Call"/>, but the caller hangs up <paramref name="after"/> the answer.</summary>
    private protected Caller CallAndHangUp(string line, string number, TimeSpan after) => Start("ivr_hangup.xml", line, number, after, []);

    /// <param name="scenario">A file of Scenarios/, or a full path (Sipp combines it with Scenarios/, and a full path wins).</param>
    private Caller Start(string scenario, string line, string number, TimeSpan? hangUpAfter, PcapStep[] steps)
    {
        var pcap = Path.Combine(Center.Folder, $"caller-{Guid.NewGuid():N}.pcap");
        // A pcap needs at least one packet: a lone tone frame far after anything the test waits for.
        RtpPcap.WriteScript(pcap, steps.Length > 0 ? steps : [PcapStep.Tone(100, 120)]);
        var callId = $"{Guid.NewGuid():N}@acd-interop";
        string[] extra = ["-s", line, "-key", "caller", number, "-cid_str", callId, "-mi", "127.0.0.1", "-mp", MediaPorts.FreePair().ToString(),
            "-key", "pcap", pcap, "-timeout", "55s"];
        if (hangUpAfter is { } after) extra = [.. extra, "-d", ((int)after.TotalMilliseconds).ToString()];
        return new Caller(callId, number, Sipp.RunAsync(Center.Udp, scenario, "u1", extra));
    }
}
