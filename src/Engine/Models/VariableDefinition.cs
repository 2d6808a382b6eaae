using System.Text.Json;

namespace CallCenter.Engine.Models;

/// <summary>A workflow variable with its type and optional default value.</summary>
public sealed class VariableDefinition
{
    public string Name { get; set; } = "";
    public VariableType Type { get; set; } = VariableType.String;
    public JsonElement? Default { get; set; }
}
