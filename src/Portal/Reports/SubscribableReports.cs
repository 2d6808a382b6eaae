using CallCenter.Domain.Reports;
using CallCenter.Domain.Reports.Excel;
using CallCenter.Portal.Components.Reports;

namespace CallCenter.Portal.Reports;

/// <summary>
/// The reports a manager can subscribe to by mail (every workbook report; not the call detail): its text key in ReportText
/// (<c>Report.{Key}</c>) and the narrowing fields its page offers, and the address of "Subscribe" from a report page.
/// </summary>
public static class SubscribableReports
{
    private static readonly Dictionary<string, (string Key, ReportFields Fields)> Reports = new(StringComparer.Ordinal)
    {
        ["queue"] = ("Queue", ReportFields.Queue),
        ["traffic"] = ("Traffic", ReportFields.Queue | ReportFields.Number),
        ["abandon"] = ("Abandon", ReportFields.Queue),
        ["agents"] = ("Agents", ReportFields.Queue | ReportFields.Agent | ReportFields.Group),
        ["hangup"] = ("Hangup", ReportFields.Number),
        ["ivr"] = ("Ivr", ReportFields.Flow),
        ["extensions"] = ("Extensions", ReportFields.Number),
        ["comparison"] = ("Comparison", ReportFields.Queue | ReportFields.Number),
        ["survey"] = ("Survey", ReportFields.Queue | ReportFields.Agent | ReportFields.Flow),
    };

    /// <summary>The names, in the catalogue's order.</summary>
    public static IReadOnlyList<string> Names => ReportSheets.Names;

    public static bool Contains(string? name) => name is not null && Reports.ContainsKey(name);

    /// <summary>The report's key in ReportText (<c>Report.{key}</c>); the name itself when unknown.</summary>
    public static string KeyOf(string name) => Reports.TryGetValue(name, out var r) ? r.Key : name;

    /// <summary>The narrowing fields of the report (what the subscription form shows).</summary>
    public static ReportFields FieldsOf(string? name) => name is not null && Reports.TryGetValue(name, out var r) ? r.Fields : ReportFields.None;

    /// <summary>
    /// <c>/reports/subscriptions?new={name}&amp;queue=…&amp;granularity=…</c>: the subscription form with the page's narrowing
    /// filters and options (not its dates: each mail covers the period just ended). Null for a report that cannot be mailed.
    /// </summary>
    public static string? NewHref(string name, ReportFilter filter, (string Key, string? Value)[] options)
    {
        if (!Contains(name)) return null;
        var pairs = new (string Key, string? Value)[]
        {
            ("new", name), ("queue", filter.Queue), ("agent", filter.Agent), ("group", filter.Group), ("number", filter.Number), ("flow", filter.Flow),
        }.Concat(options);
        return "/reports/subscriptions?" + string.Join('&', pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }

    /// <summary>The report's own options of a subscription (<c>granularity=…&amp;key=…</c>) from the form's address; null for none.</summary>
    public static string? OptionsOf(string name, Func<string, string?> query)
    {
        if (name != "traffic") return null;
        var (granularity, key) = ReportSheets.TrafficOptions(query("granularity"), query("key"));
        return $"granularity={granularity.ToString().ToLowerInvariant()}&key={key.ToString().ToLowerInvariant()}";
    }
}
