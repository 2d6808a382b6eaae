using System.Globalization;

namespace CallCenter.Domain.Reports.Schedules;

/// <summary>The subject and body of a report mail in Chinese or English, naming the report, its filters and the period it covers.</summary>
public static class ReportMailText
{
    private static readonly Dictionary<string, (string Zh, string En)> Titles = new(StringComparer.Ordinal)
    {
        ["queue"] = ("队列报表", "Queue report"),
        ["traffic"] = ("话务量报表", "Traffic report"),
        ["abandon"] = ("放弃分析", "Abandoned calls"),
        ["agents"] = ("座席工作量", "Agent workload"),
        ["hangup"] = ("拆线方式", "Who hung up"),
        ["ivr"] = ("IVR 导航", "IVR navigation"),
        ["extensions"] = ("分机话务", "Extension traffic"),
        ["comparison"] = ("同比环比", "Period comparison"),
        ["survey"] = ("满意度调查", "Survey results"),
    };

    /// <summary>The report's title in <paramref name="language"/> (zh-CN or en); the name itself when unknown.</summary>
    public static string Title(string report, string language) =>
        Titles.TryGetValue(report, out var t) ? (IsChinese(language) ? t.Zh : t.En) : report;

    /// <summary>"队列报表 2026-11-16 至 2026-11-22" / "Queue report 2026-11-16 – 2026-11-22" (one day: that day alone).</summary>
    public static string Subject(string report, ReportFilter filter, string language)
    {
        var period = filter.From == filter.To ? Day(filter.From) : IsChinese(language) ? $"{Day(filter.From)} 至 {Day(filter.To)}" : $"{Day(filter.From)} – {Day(filter.To)}";
        return $"{Title(report, language)} {period}";
    }

    /// <summary>The plain-text body: what is attached, for which period and filters, and why it came.</summary>
    public static string Body(ReportSubscription subscription, ReportFilter filter, string language)
    {
        var zh = IsChinese(language);
        var lines = new List<string>
        {
            zh ? "您好，" : "Hello,",
            "",
            zh ? $"附件是{Title(subscription.Report, language)}（Excel），统计期间 {Day(filter.From)} 至 {Day(filter.To)}（呼叫中心时区）。"
               : $"Attached is the {Title(subscription.Report, language)} (Excel) for {Day(filter.From)} to {Day(filter.To)} (the center's time zone).",
        };
        var filters = Filters(filter, zh);
        if (filters.Count > 0) lines.Add((zh ? "筛选条件：" : "Filters: ") + string.Join(zh ? "，" : ", ", filters));
        lines.Add("");
        lines.Add(zh ? $"此邮件由 {subscription.Owner} 的报表订阅自动发送；可在门户的“报表订阅”页修改或退订。"
                     : $"This mail comes from a report subscription of {subscription.Owner}; change or cancel it on the portal's Report subscriptions page.");
        return string.Join("\n", lines);
    }

    /// <summary>The attachment's file name, as the download's: <c>queue-20261116-20261122.xlsx</c>.</summary>
    public static string FileName(string report, ReportFilter filter) =>
        string.Create(CultureInfo.InvariantCulture, $"{report}-{filter.From:yyyyMMdd}-{filter.To:yyyyMMdd}.xlsx");

    public static bool IsChinese(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    private static List<string> Filters(ReportFilter f, bool zh)
    {
        var parts = new List<string>();
        void Add(string? value, string zhLabel, string enLabel)
        {
            if (value is not null) parts.Add($"{(zh ? zhLabel : enLabel)} {value}");
        }
        Add(f.Queue, "队列", "queue");
        Add(f.Agent, "座席", "agent");
        Add(f.Group, "班组", "group");
        Add(f.Number, "号码", "number");
        Add(f.Flow, "流程", "flow");
        return parts;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
