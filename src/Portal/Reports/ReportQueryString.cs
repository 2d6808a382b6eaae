using System.Globalization;
using CallCenter.Domain.Acd;
using CallCenter.Domain.Reports;

namespace CallCenter.Portal.Reports;

/// <summary>
/// A report's filters as a query string (<c>from=2026-11-01&amp;to=2026-11-30&amp;queue=hotline…</c>), written by the report
/// pages (their address, the Excel link, a drill-down link) and read back by the pages and the download endpoints, so a
/// page, its bookmark and its workbook always show the same calls. Dates are the center's local dates (yyyy-MM-dd).
/// </summary>
public static class ReportQueryString
{
    /// <summary>The query string (without "?") of a report filter plus extra pairs (nulls left out).</summary>
    public static string Of(ReportFilter filter, params (string Key, string? Value)[] extra) => Join(Pairs(filter).Concat(extra));

    /// <summary>The query string of a call-detail filter (a drill-down), every condition included.</summary>
    public static string Of(CallDetailFilter filter) => Join(Pairs(filter.Report).Concat(
    [
        ("hour", filter.LocalHour?.ToString(CultureInfo.InvariantCulture)),
        ("localFrom", filter.LocalFrom?.ToString("s", CultureInfo.InvariantCulture)),
        ("localTo", filter.LocalTo?.ToString("s", CultureInfo.InvariantCulture)),
        ("answered", filter.Answered is { } a ? (a ? "true" : "false") : null),
        ("caller", filter.Caller),
        ("side", filter.HangupParty?.ToString()),
        ("events", filter.QueueEvents is { Count: > 0 } e ? string.Join(',', e) : null),
        ("minWait", Number(filter.MinWaitSeconds)),
        ("waitBelow", Number(filter.WaitBelowSeconds)),
        ("waitAtMost", Number(filter.WaitAtMostSeconds)),
    ]));

    /// <summary>The report filter in <paramref name="get"/> (a query's values by key); missing or bad dates → today.</summary>
    public static ReportFilter Filter(Func<string, string?> get, DateOnly today)
    {
        var from = Date(get("from")) ?? today;
        var to = Date(get("to")) ?? from;
        if (to < from) (from, to) = (to, from);
        return new ReportFilter(from, to)
        {
            Queue = Text(get("queue")),
            Agent = Text(get("agent")),
            Group = Text(get("group")),
            Number = Text(get("number")),
            Flow = Text(get("flow")),
        };
    }

    /// <summary>The call-detail filter in <paramref name="get"/> (unknown values are ignored rather than refused).</summary>
    public static CallDetailFilter CallDetail(Func<string, string?> get, DateOnly today)
    {
        var events = Text(get("events"))?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(e => Enum.TryParse<QueueEventType>(e, true, out var t) && Enum.IsDefined(t) ? t : (QueueEventType?)null)
            .OfType<QueueEventType>().ToList();
        return new CallDetailFilter(Filter(get, today))
        {
            LocalHour = int.TryParse(get("hour"), NumberStyles.None, CultureInfo.InvariantCulture, out var h) && h is >= 0 and < 24 ? h : null,
            LocalFrom = LocalTime(get("localFrom")),
            LocalTo = LocalTime(get("localTo")),
            Answered = bool.TryParse(get("answered"), out var answered) ? answered : null,
            Caller = Text(get("caller")),
            HangupParty = Enum.TryParse<HangupParty>(get("side"), true, out var side) && Enum.IsDefined(side) ? side : null,
            QueueEvents = events is { Count: > 0 } ? events : null,
            MinWaitSeconds = Seconds(get("minWait")),
            WaitBelowSeconds = Seconds(get("waitBelow")),
            WaitAtMostSeconds = Seconds(get("waitAtMost")),
        };
    }

    /// <summary>Reads a page address's query (for <see cref="Filter"/> and <see cref="CallDetail"/>).</summary>
    public static Func<string, string?> Reader(string uri)
    {
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(uri).Query);
        return key => query.TryGetValue(key, out var v) ? v.ToString() : null;
    }

    private static IEnumerable<(string, string?)> Pairs(ReportFilter f) =>
    [
        ("from", f.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("to", f.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        ("queue", f.Queue), ("agent", f.Agent), ("group", f.Group), ("number", f.Number), ("flow", f.Flow),
    ];

    private static string Join(IEnumerable<(string Key, string? Value)> pairs) =>
        string.Join('&', pairs.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));

    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static DateTime? LocalTime(string? value) =>
        DateTime.TryParseExact(value, "s", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    private static double? Seconds(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0 ? s : null;
}
