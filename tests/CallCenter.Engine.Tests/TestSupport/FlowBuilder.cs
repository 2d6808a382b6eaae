using System.Text.Json;
using CallCenter.Engine.Models;
using CallCenter.Engine.Serialization;

namespace CallCenter.Engine.Tests.TestSupport;

/// <summary>Builds workflow definitions in a few lines: activities with anonymous-object properties, and connections.</summary>
public sealed class FlowBuilder(string id, string? name = null)
{
    private readonly WorkflowDefinition _definition = new() { Id = id, Name = name ?? id };

    /// <summary>A property value that is a Scriban expression (<c>{"expression": "…"}</c>).</summary>
    public static object Expr(string code) => new { expression = code };

    public FlowBuilder Variable(string variableName, VariableType type = VariableType.String, object? defaultValue = null)
    {
        _definition.Variables.Add(new VariableDefinition
        {
            Name = variableName,
            Type = type,
            Default = defaultValue is null ? null : JsonSerializer.SerializeToElement(defaultValue, WorkflowJsonOptions.Default),
        });
        return this;
    }

    public FlowBuilder Activity(string activityId, string type, object? properties = null)
    {
        var node = new ActivityNode { Id = activityId, Type = type };
        if (properties is not null)
        {
            var json = JsonSerializer.SerializeToElement(properties, WorkflowJsonOptions.Default);
            foreach (var property in json.EnumerateObject()) node.Properties[property.Name] = property.Value.Clone();
        }
        _definition.Root.Activities.Add(node);
        return this;
    }

    /// <summary>Connects <paramref name="source"/>'s <c>Done</c> outcome to <paramref name="target"/>.</summary>
    public FlowBuilder Connect(string source, string target) => Connect(source, "Done", target);

    public FlowBuilder Connect(string source, string outcome, string target)
    {
        _definition.Root.Connections.Add(new Connection(source, outcome, target));
        return this;
    }

    /// <summary>Connects each activity's <c>Done</c> to the next one.</summary>
    public FlowBuilder Chain(params string[] activityIds)
    {
        for (var i = 0; i + 1 < activityIds.Length; i++) Connect(activityIds[i], activityIds[i + 1]);
        return this;
    }

    public FlowBuilder StartAt(string activityId)
    {
        _definition.Root.StartActivityId = activityId;
        return this;
    }

    public WorkflowDefinition Build() => WorkflowJson.Clone(_definition);
}
