using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CallCenter.Portal.Tests;
using Microsoft.Data.Sqlite;

namespace CallCenter.Interop.Tests.Acd;

/// <summary>
/// One real Portal shared by the tests of an ACD class (xunit class fixture; its tests run one after another): extension
/// password known (<c>DemoData:ExtensionPassword</c>), SIP on free loopback ports, and a copy of workflows/ plus one tiny
/// flow per test queue (<see cref="TestFlows"/>: Start → Enqueue(queue) → a Log line per outcome → Hangup) reached through
/// an inbound route per test number added to <c>inbound_routes</c>. The queues themselves are PUT by each test (the flows
/// only name them), so every test configures the queue it needs and leaves the others alone.
/// </summary>
public sealed partial class AcdPortal : IAsyncLifetime
{
    public const string Password = "Interop-Pass-Acd";

    /// <summary>Test number → (flow id, queue, priority): one flow per queue, a second flow for the VIP route.</summary>
    public static readonly IReadOnlyDictionary<string, (string Flow, string Queue, int Priority)> Lines = new Dictionary<string, (string, string, int)>
    {
        ["96601"] = ("acd-longest", "acd-longest", 0),
        ["96602"] = ("acd-rr", "acd-rr", 0),
        ["96603"] = ("acd-noanswer", "acd-noanswer", 0),
        ["96604"] = ("acd-wrapup", "acd-wrapup", 0),
        ["96605"] = ("acd-vip", "acd-vip", 0),
        ["96606"] = ("acd-vip-10", "acd-vip", 10),
        ["96607"] = ("acd-abandon", "acd-abandon", 0),
        ["96608"] = ("acd-record", "acd-record", 0),
    };

    public string Folder { get; } = Directory.CreateTempSubdirectory("callcenter-acd-").FullName;
    public PortalProcess Portal { get; private set; } = null!;
    public IPEndPoint Udp { get; private set; } = null!;
    public HttpClient Http { get; private set; } = null!;

    /// <summary>Full path of the SIPp scenario of a caller who waits for the server's BYE (<see cref="CallerScenario"/>).</summary>
    public string CallerScenarioPath { get; private set; } = null!;

    [GeneratedRegex(@"SIP listening on udp:(?<udp>[0-9.]+:\d+) tcp:(?<tcp>[0-9.]+:\d+)")]
    private static partial Regex Listening();

    public async Task InitializeAsync()
    {
        CallerScenarioPath = CallerScenario.Write(Folder);
        Portal = await PortalProcess.StartAsync(Folder, TimeSpan.FromSeconds(90),
            $"DemoData:ExtensionPassword={Password}", $"Workflows:Folder={WorkflowsWithTestFlows()}");
        var match = Listening().Match(Portal.Output);
        Assert.True(match.Success, "the Portal logs where SIP listens:\n" + Portal.Output);
        Udp = IPEndPoint.Parse(match.Groups["udp"].Value);
        Http = Portal.CreateClient(TimeSpan.FromSeconds(10));
        foreach (var (flow, _, _) in Lines.Values) await Portal.WaitForOutputAsync($"Published shipped workflow {flow} ", TimeSpan.FromSeconds(30));

        await using var db = new SqliteConnection($"Data Source={Path.Combine(Folder, "data", "callcenter.db")};Mode=ReadWrite;Pooling=False");
        await db.OpenAsync();
        foreach (var (number, (flow, _, _)) in Lines)
        {
            await using var insert = db.CreateCommand();
            insert.CommandText = "INSERT INTO inbound_routes (CalledNumber, CallerPattern, WorkflowDefinitionId, Priority, Enabled, Description) VALUES ($n, NULL, $f, 0, 1, 'ACD interop test')";
            insert.Parameters.AddWithValue("$n", number);
            insert.Parameters.AddWithValue("$f", flow);
            await insert.ExecuteNonQueryAsync();
        }
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    /// <summary>A copy of the shipped workflows/ with the test flows added; the Portal publishes them all on first start.</summary>
    private string WorkflowsWithTestFlows()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "workflows");
        var copy = Directory.CreateDirectory(Path.Combine(Folder, "workflows")).FullName;
        foreach (var file in Directory.EnumerateFiles(shipped, "*.json")) File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        foreach (var (flow, queue, priority) in Lines.Values)
            File.WriteAllText(Path.Combine(copy, flow + ".json"), TestFlows.Enqueue(flow, queue, priority));
        return copy;
    }
}
