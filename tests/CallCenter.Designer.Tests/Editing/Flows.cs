using System.Text.Json;
using CallCenter.Activities.Calls;
using CallCenter.Activities.Integration;
using CallCenter.Designer.Editing;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;

namespace CallCenter.Designer.Tests.Editing;

/// <summary>Real descriptors (Engine + Activities) and small flows for the designer tests.</summary>
public static class Flows
{
    public static readonly ActivityRegistry Registry = new(new[]
    {
        typeof(Start), typeof(End), typeof(If), typeof(Switch), typeof(SetVariable),
        typeof(Answer), typeof(Play), typeof(Menu), typeof(Hangup), typeof(HttpRequest),
    }.Select(t => new ActivityRegistration(t)));

    public static readonly WorkflowCompiler Compiler = new(Registry, new ExpressionEngine());

    public static DesignerSession Session(WorkflowDefinition? definition = null) =>
        new(definition ?? new WorkflowDefinition { Id = "draft", Name = "Draft" }, Registry, Compiler);

    public static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static ActivityNode Node(string id, string type, double x = 0, double y = 0, string? properties = null) => new()
    {
        Id = id,
        Type = type,
        Position = new Position(x, y),
        Properties = properties is null
            ? new(StringComparer.OrdinalIgnoreCase)
            : Json(properties).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.OrdinalIgnoreCase),
    };

    /// <summary>Answer → Menu (1, 2) → Play "one" / Play "two" → Hangup: the flow of the browser test.</summary>
    public static WorkflowDefinition MenuFlow() => new()
    {
        Id = "menu-flow",
        Name = "Menu flow",
        Root = new Flowchart
        {
            Activities =
            [
                Node("answer", "Answer", 20, 100),
                Node("menu", "Menu", 260, 100, """{ "text": "Press 1 or 2", "options": [ { "digit": "1" }, { "digit": "2" } ] }"""),
                Node("one", "Play", 500, 40, """{ "text": "one" }"""),
                Node("two", "Play", 500, 200, """{ "text": "two" }"""),
                Node("hangup", "Hangup", 740, 100),
            ],
            Connections =
            [
                new("answer", "Done", "menu"),
                new("menu", "1", "one"),
                new("menu", "2", "two"),
                new("one", "Done", "hangup"),
                new("two", "Done", "hangup"),
            ],
        },
    };
}
