using System.Globalization;
using CallCenter.Domain.Reports.Schedules;
using CallCenter.Domain.Texts;
using CallCenter.Portal.Localization;
using Microsoft.Extensions.Localization;

namespace CallCenter.Portal.Components.Reports.Subscriptions;

/// <summary>A report subscription in the user's words: its schedule, its filters, its report's options, a validation message.</summary>
public static class Describe
{
    /// <summary>Monday first, as the weeks of the reports.</summary>
    public static readonly DayOfWeek[] Week = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>"每天 08:00" / "Every Monday at 08:00" / "Day 1 of every month at 08:00".</summary>
    public static string Schedule(ReportSubscription s, IStringLocalizer<ReportText> text)
    {
        var time = s.TimeOfDay.ToString("HH:mm", CultureInfo.InvariantCulture);
        return s.Frequency switch
        {
            ReportFrequency.Weekly => string.Format(CultureInfo.CurrentCulture, text["Schedule.Weekly"], CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(s.DayOfWeek), time),
            ReportFrequency.Monthly => string.Format(CultureInfo.CurrentCulture, text["Schedule.Monthly"], s.DayOfMonth, time),
            _ => string.Format(CultureInfo.CurrentCulture, text["Schedule.Daily"], time),
        };
    }

    /// <summary>"队列: hotline · 座席: 8001" — the narrowing filters and options set; "—" for none.</summary>
    public static string Filters(ReportSubscription s, IStringLocalizer<ReportText> text)
    {
        var parts = new List<string>();
        void Add(string? value, string key)
        {
            if (value is not null) parts.Add($"{text[key]}: {value}");
        }
        Add(s.Queue, "Filter.Queue");
        Add(s.Agent, "Filter.Agent");
        Add(s.Group, "Filter.Group");
        Add(s.Number, "Filter.Number");
        Add(s.Flow, "Filter.Flow");
        if (s.Options is not null) parts.Add(Options(s.Options, text));
        return parts.Count == 0 ? "—" : string.Join(" · ", parts);
    }

    /// <summary>The traffic report's time unit and grouping, as its page names them.</summary>
    public static string Options(string options, IStringLocalizer<ReportText> text)
    {
        var read = ReportMailing.OptionReader(options);
        var (granularity, key) = Domain.Reports.Excel.ReportSheets.TrafficOptions(read("granularity"), read("key"));
        return $"{text[$"Granularity.{granularity}"]} · {text[$"Key.{key}"]}";
    }

    /// <summary>A Domain message in the user's language (its English text is the key in ReportText).</summary>
    public static string Message(UserMessage message, IStringLocalizer<ReportText> text) =>
        message.ToString(key => text[key] is { ResourceNotFound: false } found ? found.Value : null, CultureInfo.CurrentCulture);
}
