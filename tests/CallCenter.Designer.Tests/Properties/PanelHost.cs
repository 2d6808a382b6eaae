using System.Text.Json;
using Bunit;
using CallCenter.Designer.Properties;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Models;
using Microsoft.AspNetCore.Components;

namespace CallCenter.Designer.Tests.Properties;

/// <summary>Plays the designer page around a property panel: applies each change to the node (as the canvas does) and keeps them for the test.</summary>
internal sealed class PanelHost(PanelUi ui, ActivityNode node, ActivityDescriptor descriptor, IReadOnlyList<VariableDefinition>? variables = null)
{
    public List<PropertyChange> Changes { get; } = [];
    public List<string> Renames { get; } = [];
    public ActivityNode Node => node;

    public IRenderedComponent<PropertyPanel> Render() => ui.Context.Render<PropertyPanel>(p => p
        .Add(c => c.Node, node)
        .Add(c => c.Descriptor, descriptor)
        .Add(c => c.Variables, variables)
        .Add(c => c.OnChange, EventCallback.Factory.Create<PropertyChange>(this, Apply))
        .Add(c => c.OnRename, EventCallback.Factory.Create<string>(this, Renames.Add)));

    /// <summary>The JSON of the last change of <paramref name="name"/>; "null" when it was removed.</summary>
    public string Last(string name) => Changes.Last(c => c.Name == name).Value?.GetRawText() ?? "null";

    private void Apply(PropertyChange change)
    {
        Changes.Add(change);
        if (change.Value is { } value) node.Properties[change.Name] = value;
        else node.Properties.Remove(change.Name);
    }

    public static ActivityNode NodeOf(string id, string type, string propertiesJson = "{}") => new()
    {
        Id = id,
        Type = type,
        Properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(propertiesJson)!
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase),
    };
}
