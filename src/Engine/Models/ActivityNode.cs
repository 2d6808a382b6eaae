using System.Text.Json;

namespace CallCenter.Engine.Models;

/// <summary>One placed activity: its type, designer position and property values (literal JSON or <c>{"expression": "…"}</c>).</summary>
public sealed class ActivityNode
{
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    public string? DisplayName { get; set; }
    public Position? Position { get; set; }
    public Dictionary<string, JsonElement> Properties { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
