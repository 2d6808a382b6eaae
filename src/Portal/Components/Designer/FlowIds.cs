using System.Text;

namespace CallCenter.Portal.Components.Designer;

/// <summary>Flow ids: lowercase letters, digits and '-', made from a name ("Night line 2" → "night-line-2").</summary>
public static class FlowIds
{
    /// <summary>The id a name suggests; empty when the name has no Latin letters or digits (e.g. only Chinese).</summary>
    public static string Slug(string? name)
    {
        var id = new StringBuilder();
        foreach (var c in (name ?? "").Trim().ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') id.Append(c);
            else if (id.Length > 0 && id[^1] != '-') id.Append('-');
        }
        return id.ToString().Trim('-');
    }

    /// <summary>Whether an id is usable as typed: 1–100 characters of a–z, 0–9, '-' and '_', starting with a letter or digit.</summary>
    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= 100 } && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-' or '_');
}
