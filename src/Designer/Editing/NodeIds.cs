using CallCenter.Engine.Models;

namespace CallCenter.Designer.Editing;

/// <summary>Readable unique node ids: <c>menu1</c>, <c>menu2</c>, or for a copy of <c>welcome</c>, <c>welcome1</c>.</summary>
internal static class NodeIds
{
    public static string For(string stem, Flowchart flow, ISet<string>? alsoTaken = null)
    {
        var trimmed = stem.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
        var root = trimmed.Length == 0 ? "node" : char.ToLowerInvariant(trimmed[0]) + trimmed[1..];
        var taken = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in flow.Activities) taken.Add(node.Id);
        for (var n = 1; ; n++)
        {
            var candidate = root + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate) && alsoTaken?.Contains(candidate) != true) return candidate;
        }
    }
}
