using System.Text.Json;
using CallCenter.Engine.Persistence;

namespace CallCenter.Portal.Components.Admin;

/// <summary>
/// Which published flows use a prompt, so the prompt page refuses to delete one a live flow would play: a flow uses
/// the prompt when its published definition holds the prompt's name as a whole string value (a literal prompt input
/// or a list of them). A name computed by a script at call time cannot be seen.
/// </summary>
public sealed class PromptUsage(IDefinitionStore definitions)
{
    /// <summary>The ids of the published flows naming <paramref name="prompt"/>.</summary>
    public async Task<IReadOnlyList<string>> FlowsUsingAsync(string prompt, CancellationToken ct = default)
    {
        var quoted = JsonSerializer.Serialize(prompt);
        var users = new List<string>();
        foreach (var id in (await definitions.ListAsync(ct)).Select(d => d.Id).Distinct(StringComparer.Ordinal))
        {
            if (await definitions.FindPublishedAsync(id, ct) is not { } definition) continue;
            if (JsonSerializer.Serialize(definition).Contains(quoted, StringComparison.Ordinal)) users.Add(id);
        }
        return users;
    }
}
