using CallCenter.Engine.Abstractions;
using CallCenter.Engine.Execution;
using CallCenter.Engine.Validation;

namespace CallCenter.Activities.Prompts;

/// <summary>
/// Refuses to publish a flow that names a prompt missing from the library (any input edited as
/// <see cref="InputEditor.Prompt"/> holding a literal name, or a list of names): silence at call time
/// becomes an error naming the activity and the prompt. Asks the <see cref="IPromptProvider"/> the call activities
/// play from (which loads, and so warms, each prompt). Names computed by a script can only be checked when played.
/// </summary>
public sealed class PromptReferenceValidator(IPromptProvider prompts) : IWorkflowValidator
{
    public async ValueTask<IReadOnlyList<ValidationError>> ValidateAsync(ExecutableWorkflow workflow, CancellationToken ct)
    {
        var references = new List<(string Activity, string Property, string Prompt)>();
        foreach (var node in workflow.Nodes.Values)
        {
            foreach (var input in node.Descriptor.Inputs)
            {
                if (input.Editor != InputEditor.Prompt || input.ReadFrom(node.Activity) is not { IsExpression: false } bound) continue;
                switch (bound.LiteralValue)
                {
                    case string name when !string.IsNullOrWhiteSpace(name):
                        references.Add((node.Id, input.Name, name.Trim()));
                        break;
                    case IEnumerable<string> names:
                        references.AddRange(names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => (node.Id, input.Name, n.Trim())));
                        break;
                }
            }
        }

        if (references.Count == 0) return [];
        var problems = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in references.Select(r => r.Prompt).Distinct(StringComparer.Ordinal))
        {
            try
            {
                problems[name] = await prompts.GetAsync(name, ct).ConfigureAwait(false) is null
                    ? $"prompt '{name}' is not in the prompt library: upload it first"
                    : null;
            }
            catch (InvalidOperationException ex)
            {
                problems[name] = $"prompt '{name}' cannot be played: {ex.Message}";
            }
        }

        return [.. references
            .Where(r => problems[r.Prompt] is not null)
            .OrderBy(r => r.Activity, StringComparer.Ordinal)
            .Select(r => new ValidationError(r.Activity, r.Property, problems[r.Prompt]!))];
    }
}
