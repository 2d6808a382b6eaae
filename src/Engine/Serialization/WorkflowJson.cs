using System.Text.Json;
using CallCenter.Engine.Models;

namespace CallCenter.Engine.Serialization;

/// <summary>Reads and writes workflow definitions as the JSON used for files, import and export.</summary>
public static class WorkflowJson
{
    public static string Serialize(WorkflowDefinition definition, bool indented = true) =>
        JsonSerializer.Serialize(definition, indented ? WorkflowJsonOptions.Indented : WorkflowJsonOptions.Default);

    /// <summary>Parses a definition; broken JSON yields an error with its line and position, never an exception.</summary>
    public static WorkflowParseResult Parse(string json)
    {
        try
        {
            var definition = JsonSerializer.Deserialize<WorkflowDefinition>(json, WorkflowJsonOptions.Default);
            if (definition is null) return WorkflowParseResult.Fail("the document is empty (null)");
            if (definition.SchemaVersion > WorkflowDefinition.CurrentSchemaVersion)
                return WorkflowParseResult.Fail($"schema version {definition.SchemaVersion} is newer than this engine understands ({WorkflowDefinition.CurrentSchemaVersion})");
            definition.Variables ??= [];
            definition.Root ??= new Flowchart();
            definition.Root.Activities ??= [];
            definition.Root.Connections ??= [];
            // Valid JSON can still hold what the model cannot: null entries, or a property set twice in different case.
            if ((FirstNull(definition.Variables, "variables") ?? FirstNull(definition.Root.Activities, "root.activities") ?? FirstNull(definition.Root.Connections, "root.connections")) is { } hole)
                return WorkflowParseResult.Fail(hole);
            foreach (var node in definition.Root.Activities)
            {
                var properties = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
                foreach (var (name, value) in node.Properties ?? [])
                    if (!properties.TryAdd(name, value))
                        return WorkflowParseResult.Fail($"activity '{node.Id}' sets the property '{name}' twice (names are not case-sensitive)");
                node.Properties = properties;
            }
            return WorkflowParseResult.Ok(definition);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, position {ex.BytePositionInLine + 1}" : "";
            return WorkflowParseResult.Fail($"the workflow JSON is not valid{where}: {FirstSentence(ex.Message)}");
        }
    }

    public static WorkflowDefinition Clone(WorkflowDefinition definition) =>
        Parse(Serialize(definition, indented: false)).Definition!;

    private static string? FirstNull<T>(List<T> items, string path) where T : class
    {
        var index = items.IndexOf(null!);
        return index < 0 ? null : $"{path}[{index}] is null";
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
