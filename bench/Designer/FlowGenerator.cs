using System.Text.Json.Nodes;

namespace CallCenter.Bench.Designer;

/// <summary>
/// Engine JSON (the same as workflows/*.json) of a generated flow: Answer → alternating Play/Log steps → Hangup, laid out
/// in a snake grid (rows of <see cref="Columns"/>, 260 × 150 px apart, wider than a node so nothing overlaps) and
/// chained by their Done outcomes.
/// </summary>
public static class FlowGenerator
{
    public const int Columns = 15;
    private const int StepX = 260, StepY = 150;

    public static string Json(string id, int activities)
    {
        var nodes = new JsonArray();
        var connections = new JsonArray();
        string? previous = null;
        for (var i = 0; i < activities; i++)
        {
            var (nodeId, type, properties) = i == 0 ? ("answer", "Answer", null)
                : i == activities - 1 ? ("hangup", "Hangup", null)
                : i % 2 == 1 ? ($"play{i}", "Play", new JsonObject { ["text"] = $"Step {i}: 第{i}步提示。" })
                : ($"log{i}", "Log", new JsonObject { ["message"] = $"bench step {i} for {{{{ caller }}}}" });
            var row = i / Columns;
            var column = row % 2 == 0 ? i % Columns : Columns - 1 - i % Columns;
            var node = new JsonObject
            {
                ["id"] = nodeId,
                ["type"] = type,
                ["position"] = new JsonObject { ["x"] = 20 + column * StepX, ["y"] = 40 + row * StepY },
            };
            if (properties is not null) node["properties"] = properties;
            nodes.Add(node);
            if (previous is not null) connections.Add(new JsonObject { ["source"] = previous, ["outcome"] = "Done", ["target"] = nodeId });
            previous = nodeId;
        }
        var variables = new JsonArray();
        foreach (var name in (string[])["call_id", "caller", "called", "call_started_at"])
            variables.Add(new JsonObject { ["name"] = name, ["type"] = "String" });
        return new JsonObject
        {
            ["schemaVersion"] = 1,
            ["id"] = id,
            ["name"] = $"Designer benchmark: {activities} activities",
            ["description"] = "bench/Designer/run.sh: a generated chain to open and drag in the designer.",
            ["variables"] = variables,
            ["root"] = new JsonObject { ["activities"] = nodes, ["connections"] = connections },
        }.ToJsonString();
    }
}
