using System.Text.Json;
using System.Text.RegularExpressions;
using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Activities;
using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Expressions;
using CallCenter.Engine.Models;
using CallCenter.Engine.Serialization;
using CallCenter.Engine.Options;
using CallCenter.Engine.Validation;
using Microsoft.Extensions.Options;

namespace CallCenter.Engine.Execution;

/// <summary>
/// Validates a definition and binds it to activity objects in one pass, so that what the validator
/// accepts is exactly what runs. Never throws for a bad definition: every problem becomes a
/// <see cref="ValidationError"/> naming the activity and property.
/// </summary>
public sealed partial class WorkflowCompiler(ActivityRegistry registry, ExpressionEngine expressions, IOptions<EngineOptions>? options = null)
{
    // Literal dates without an offset are wall-clock times of the center.
    private readonly TimeZoneInfo _zone = (options?.Value ?? new EngineOptions()).ResolveTimeZone();

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex IdentifierPattern();

    public ValidationResult Validate(WorkflowDefinition definition) => Compile(definition).Validation;

    public WorkflowCompilation Compile(WorkflowDefinition definition) => Compile(definition, simulation: false);

    /// <summary>
    /// Compiles a draft for the designer's simulator: as <see cref="Compile(WorkflowDefinition)"/>, except that a
    /// required outcome left unconnected is only a warning (a half-drawn flow can be tried; the call ends there).
    /// </summary>
    public WorkflowCompilation CompileForSimulation(WorkflowDefinition definition) => Compile(definition, simulation: true);

    private WorkflowCompilation Compile(WorkflowDefinition definition, bool simulation)
    {
        var problems = new List<ValidationError>();
        if (string.IsNullOrWhiteSpace(definition.Id)) problems.Add(new(null, "id", "the workflow has no id"));
        if (string.IsNullOrWhiteSpace(definition.Name)) problems.Add(new(null, "name", "the workflow has no name"));
        var declared = CheckVariables(definition, problems, out var defaults);
        var nodes = BindNodes(definition.Root, declared, problems);
        CheckConnections(definition.Root, nodes, problems);
        CheckRequiredOutcomes(definition.Root, nodes, problems, simulation ? ValidationSeverity.Warning : ValidationSeverity.Error);
        var start = FindStart(definition.Root, nodes, problems);
        if (start is not null) WarnUnreachable(definition.Root, nodes, start, problems);
        var validation = new ValidationResult(problems);
        if (!validation.IsValid || start is null) return new WorkflowCompilation(null, validation);
        Link(definition.Root, nodes);
        return new WorkflowCompilation(new ExecutableWorkflow(definition, nodes, start, defaults), validation);
    }

    private static HashSet<string> CheckVariables(WorkflowDefinition definition, List<ValidationError> problems, out List<KeyValuePair<string, object?>> defaults)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        defaults = [];
        foreach (var variable in definition.Variables)
        {
            if (!IdentifierPattern().IsMatch(variable.Name ?? ""))
                problems.Add(new(null, $"variables.{variable.Name}", "a variable name must start with a letter or '_' and hold only letters, digits and '_'"));
            else if (ExpressionScope.ReservedNames.Contains(variable.Name!))
                problems.Add(new(null, $"variables.{variable.Name}", $"'{variable.Name}' is reserved for scripts; choose another name"));
            else if (!names.Add(variable.Name!))
                problems.Add(new(null, $"variables.{variable.Name}", "the variable is declared twice"));
            var value = variable.Default is { } json ? JsonValues.ToObject(json) : null;
            if (value is not null && !Fits(value, variable.Type))
                problems.Add(new(null, $"variables.{variable.Name}", $"the default {variable.Default!.Value.GetRawText()} is not a {variable.Type}"));
            defaults.Add(new(variable.Name ?? "", value));
        }
        return names;
    }

    private static bool Fits(object value, VariableType type) => type switch
    {
        VariableType.String => value is string,
        VariableType.Number => value is long or double,
        VariableType.Boolean => value is bool,
        VariableType.DateTime => value is string s && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out _),
        VariableType.Array => value is List<object?>,
        _ => true,
    };

    private Dictionary<string, ExecutableNode> BindNodes(Flowchart flowchart, HashSet<string> declared, List<ValidationError> problems)
    {
        var nodes = new Dictionary<string, ExecutableNode>(StringComparer.Ordinal);
        foreach (var node in flowchart.Activities)
        {
            if (string.IsNullOrWhiteSpace(node.Id)) { problems.Add(new(null, null, $"an activity of type '{node.Type}' has no id")); continue; }
            if (nodes.ContainsKey(node.Id)) { problems.Add(new(node.Id, null, "duplicate activity id")); continue; }
            var descriptor = registry.Find(node.Type ?? "");
            if (descriptor is null) { problems.Add(new(node.Id, null, $"unknown activity type '{node.Type}'")); continue; }
            var activity = (Activity)Activator.CreateInstance(descriptor.ClrType)!;
            activity.Id = node.Id;
            BindProperties(node, descriptor, activity, declared, problems);
            foreach (var (property, message) in activity.Compile(expressions).ToList()) problems.Add(new(node.Id, property, message));
            nodes.Add(node.Id, new ExecutableNode(node.Id, descriptor, activity));
        }
        return nodes;
    }

    private void BindProperties(ActivityNode node, ActivityDescriptor descriptor, Activity activity, HashSet<string> declared, List<ValidationError> problems)
    {
        foreach (var input in descriptor.Inputs)
        {
            if (!node.Properties.TryGetValue(input.Name, out var value))
            {
                if (input.Required && IsEmptyDefault(input.DefaultValue)) problems.Add(new(node.Id, input.Name, "is required"));
                continue;
            }
            var (bound, error) = InputBinder.Bind(input, value, expressions, _zone);
            if (error is not null) { problems.Add(new(node.Id, input.Name, error)); continue; }
            input.Property.SetValue(activity, bound);
            if (input.Editor == InputEditor.Variable && bound is { IsExpression: false, LiteralValue: string name } && !declared.Contains(name))
                problems.Add(new(node.Id, input.Name, $"variable '{name}' is not declared", ValidationSeverity.Warning));
        }
        foreach (var output in descriptor.Outputs)
        {
            string? variable = null;
            if (node.Properties.TryGetValue(output.Name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                if (value.ValueKind != JsonValueKind.String) { problems.Add(new(node.Id, output.Name, "an output names the variable it is stored in")); continue; }
                variable = value.GetString();
                if (!string.IsNullOrEmpty(variable) && !declared.Contains(variable))
                    problems.Add(new(node.Id, output.Name, $"variable '{variable}' is not declared", ValidationSeverity.Warning));
            }
            output.Property.SetValue(activity, InputBinder.BindOutput(output, string.IsNullOrEmpty(variable) ? null : variable));
        }
        foreach (var name in node.Properties.Keys)
        {
            if (!descriptor.Inputs.Any(i => i.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                && !descriptor.Outputs.Any(o => o.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                problems.Add(new(node.Id, name, $"'{descriptor.TypeName}' has no property '{name}'", ValidationSeverity.Warning));
        }
    }

    // A required input may be left out only when its class gives it a real default; false, zero,
    // TimeSpan.Zero or an empty list are placeholders (an If without condition would always be False).
    private static bool IsEmptyDefault(object? value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        System.Collections.ICollection c => c.Count == 0,
        _ => value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())),
    };

    private static void CheckConnections(Flowchart flowchart, Dictionary<string, ExecutableNode> nodes, List<ValidationError> problems)
    {
        var outcomes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (id, node) in nodes)
        {
            var set = new HashSet<string>(node.Activity.GetDynamicOutcomes() ?? node.Descriptor.Outcomes, StringComparer.Ordinal) { ActivityDescriptor.ErrorOutcome };
            outcomes[id] = set;
        }
        var seen = new HashSet<Connection>();
        foreach (var connection in flowchart.Connections)
        {
            var label = $"connection {connection.Source}/{connection.Outcome} → {connection.Target}";
            if (!seen.Add(connection)) { problems.Add(new(connection.Source, null, $"duplicate {label}")); continue; }
            var sourceKnown = nodes.ContainsKey(connection.Source ?? "");
            if (!sourceKnown && !flowchart.Activities.Any(a => a.Id == connection.Source))
                problems.Add(new(connection.Source, null, $"dangling {label}: no activity '{connection.Source}'"));
            if (!nodes.ContainsKey(connection.Target ?? "") && !flowchart.Activities.Any(a => a.Id == connection.Target))
                problems.Add(new(connection.Source, null, $"dangling {label}: no activity '{connection.Target}'"));
            if (sourceKnown && !outcomes[connection.Source!].Contains(connection.Outcome ?? ""))
                problems.Add(new(connection.Source, null, $"dangling {label}: '{connection.Source}' has no outcome '{connection.Outcome}' (it has {string.Join(", ", outcomes[connection.Source!])})"));
        }
    }

    private static ExecutableNode? FindStart(Flowchart flowchart, Dictionary<string, ExecutableNode> nodes, List<ValidationError> problems)
    {
        var inbound = new HashSet<string>(flowchart.Connections.Select(c => c.Target), StringComparer.Ordinal);
        var roots = flowchart.Activities.Where(a => a.Id is not null && !inbound.Contains(a.Id) && nodes.ContainsKey(a.Id)).Select(a => nodes[a.Id]).ToList();
        ExecutableNode? start;
        if (!string.IsNullOrEmpty(flowchart.StartActivityId))
        {
            if (!nodes.TryGetValue(flowchart.StartActivityId, out start))
            {
                problems.Add(new(null, "startActivityId", $"no start: the start activity '{flowchart.StartActivityId}' does not exist"));
                return null;
            }
        }
        else
        {
            var starters = roots.Where(n => n.Descriptor.CanStartWorkflow).ToList();
            var candidates = starters.Count > 0 ? starters : roots;
            if (candidates.Count == 0)
            {
                problems.Add(new(null, null, "no start: add a Start activity (every activity has an inbound connection)"));
                return null;
            }
            if (candidates.Count > 1)
            {
                problems.Add(new(null, "startActivityId", $"several possible starts ({string.Join(", ", candidates.Select(c => c.Id))}): connect them or set startActivityId"));
                return null;
            }
            start = candidates[0];
        }
        return start;
    }

    private static void Link(Flowchart flowchart, Dictionary<string, ExecutableNode> nodes)
    {
        foreach (var group in flowchart.Connections.GroupBy(c => (c.Source, c.Outcome)))
            nodes[group.Key.Source].Next[group.Key.Outcome] = group.Select(c => nodes[c.Target]).ToArray();
        foreach (var node in nodes.Values)
        {
            if (node.Activity is Join { IsWaitAll: true })
                node.WaitAllInbound = flowchart.Connections.Where(c => c.Target == node.Id).Select(c => $"{c.Source}/{c.Outcome}").ToHashSet(StringComparer.Ordinal);
        }
    }
}
