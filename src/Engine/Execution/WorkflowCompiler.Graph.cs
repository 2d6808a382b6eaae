using CallCenter.Engine.Descriptors;
using CallCenter.Engine.Models;
using CallCenter.Engine.Validation;

namespace CallCenter.Engine.Execution;

// Checks of the flow's shape, read by a business admin in the designer: every message starts with the activity's
// name as the designer shows it ("Menu \"主菜单\" (menu1)") and says what to do in plain words.
public sealed partial class WorkflowCompiler
{
    /// <summary>
    /// An error per required outcome (<see cref="ActivityDescriptor.IsRequiredOutcome"/>) that no connection leaves:
    /// a Menu option or Switch case leading nowhere is a caller left in silence, not a way to end the flow.
    /// </summary>
    private static void CheckRequiredOutcomes(Flowchart flowchart, Dictionary<string, ExecutableNode> nodes, List<ValidationError> problems, ValidationSeverity severity)
    {
        var connected = new HashSet<(string, string)>(flowchart.Connections.Select(c => (c.Source ?? "", c.Outcome ?? "")));
        foreach (var node in NodesById(flowchart).Values)
        {
            if (!nodes.TryGetValue(node.Id, out var executable)) continue;
            var descriptor = executable.Descriptor;
            var outcomes = executable.Activity.GetDynamicOutcomes() ?? descriptor.Outcomes;
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var outcome in outcomes)
            {
                if (string.IsNullOrEmpty(outcome) || !descriptor.IsRequiredOutcome(outcome) || connected.Contains((node.Id, outcome)) || !reported.Add(outcome)) continue;
                var what = descriptor.Outcomes.Contains(outcome) ? $"the outcome {outcome}" : $"option {outcome}";
                problems.Add(new ValidationError(node.Id, null, $"{NameOf(node, descriptor)}: {what} leads nowhere — connect it to the next step.", severity) { Outcome = outcome });
            }
        }
    }

    /// <summary>
    /// A warning per activity no path from <paramref name="start"/> reaches (connections of every outcome are followed,
    /// Error included), so a disconnected loop is found as well as an activity nothing connects to.
    /// </summary>
    private static void WarnUnreachable(Flowchart flowchart, Dictionary<string, ExecutableNode> nodes, ExecutableNode start, List<ValidationError> problems)
    {
        var next = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var previous = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var connection in flowchart.Connections)
        {
            if (connection.Source is null || connection.Target is null) continue;
            Add(next, connection.Source, connection.Target);
            Add(previous, connection.Target, connection.Source);
        }
        var reached = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var pending = new Stack<string>([start.Id]);
        while (pending.Count > 0)
        {
            foreach (var target in next.GetValueOrDefault(pending.Pop()) ?? [])
                if (reached.Add(target)) pending.Push(target);
        }
        var byId = NodesById(flowchart);
        foreach (var node in byId.Values)
        {
            if (reached.Contains(node.Id) || !nodes.TryGetValue(node.Id, out var executable)) continue;
            var sources = (previous.GetValueOrDefault(node.Id) ?? []).Distinct().Where(byId.ContainsKey).ToList();
            var why = sources.Count == 0
                ? "nothing connects to it"
                : $"only {string.Join(", ", sources.Select(s => NameOf(byId[s], nodes.GetValueOrDefault(s)?.Descriptor)))} lead{(sources.Count == 1 ? "s" : "")} to it, and no path from the start reaches {(sources.Count == 1 ? "that step" : "those steps")}";
            problems.Add(new ValidationError(node.Id, null, $"{NameOf(node, executable.Descriptor)} is unreachable: {why}. Connect it or delete it.", ValidationSeverity.Warning));
        }
    }

    private static void Add(Dictionary<string, List<string>> edges, string from, string to)
    {
        if (!edges.TryGetValue(from, out var list)) edges[from] = list = [];
        list.Add(to);
    }

    // The first activity of each id, in the flow's order (a duplicate id is already an error).
    private static Dictionary<string, ActivityNode> NodesById(Flowchart flowchart)
    {
        var byId = new Dictionary<string, ActivityNode>(StringComparer.Ordinal);
        foreach (var node in flowchart.Activities)
            if (node.Id is not null) byId.TryAdd(node.Id, node);
        return byId;
    }

    /// <summary>The activity as the designer shows it: its type's name, the name the admin gave it, and its id.</summary>
    private static string NameOf(ActivityNode node, ActivityDescriptor? descriptor)
    {
        var type = descriptor?.DisplayName ?? node.Type;
        return string.IsNullOrWhiteSpace(node.DisplayName) || node.DisplayName == type
            ? $"{type} ({node.Id})"
            : $"{type} \"{node.DisplayName.Trim()}\" ({node.Id})";
    }
}
