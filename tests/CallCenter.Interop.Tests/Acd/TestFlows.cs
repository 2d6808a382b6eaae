using System.Text.Json;

namespace CallCenter.Interop.Tests.Acd;

/// <summary>The test flows, written as an admin would save them from the designer.</summary>
internal static class TestFlows
{
    /// <summary>
    /// Start → Enqueue(<paramref name="queue"/>, <paramref name="priority"/>, the answering agent into <c>agent</c>) → a Log
    /// line per outcome (<c>acd-test {queue}: call {call_id} Connected to {agent}</c>, <c>… Abandoned</c>…) → Hangup. The
    /// Log lines are what the tests await; a caller who hangs up while connected ends the flow in Enqueue (no line).
    /// </summary>
    public static string Enqueue(string id, string queue, int priority)
    {
        object Log(string outcome, int y) => new
        {
            id = $"log_{outcome.ToLowerInvariant()}",
            type = "Log",
            position = new { x = 420, y },
            properties = new { message = $"acd-test {queue}: call {{{{ call_id }}}} {outcome}" + (outcome == "Connected" ? " to {{ agent }}" : "") },
        };
        string[] outcomes = ["Connected", "Overflow", "NoAgents", "Abandoned"];
        var definition = new
        {
            schemaVersion = 1,
            id,
            name = $"ACD interop test: queue {queue}, priority {priority}",
            description = "Written by the ACD interop tests at run time (tests/CallCenter.Interop.Tests/Acd).",
            variables = new object[]
            {
                new { name = "call_id", type = "String" }, new { name = "caller", type = "String" }, new { name = "called", type = "String" },
                new { name = "call_started_at", type = "String" }, new { name = "agent", type = "String" },
            },
            root = new
            {
                activities = new object[]
                {
                    new { id = "start", type = "Start", position = new { x = 20, y = 200 } },
                    new { id = "queue", type = "Enqueue", position = new { x = 200, y = 200 }, properties = new { queue, priority, agent = "agent" } },
                }.Concat(outcomes.Select((o, i) => Log(o, 80 + 120 * i)))
                 .Append(new { id = "hangup", type = "Hangup", position = new { x = 640, y = 200 } })
                 .ToArray(),
                connections = new object[] { new { source = "start", outcome = "Done", target = "queue" } }
                    .Concat(outcomes.Select(o => new { source = "queue", outcome = o, target = $"log_{o.ToLowerInvariant()}" }))
                    .Concat(outcomes.Select(o => new { source = $"log_{o.ToLowerInvariant()}", outcome = "Done", target = "hangup" }))
                    .ToArray(),
            },
        };
        return JsonSerializer.Serialize(definition, new JsonSerializerOptions { WriteIndented = true });
    }
}
