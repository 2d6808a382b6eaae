namespace CallCenter.Domain.Reports.Schedules;

/// <summary>
/// A manager's standing order for a report by mail (报表订阅): which report (<see cref="Report"/>, one of
/// <see cref="Excel.ReportSheets.Names"/>) with which narrowing filters, how often and when (in the center's time zone),
/// and to whom. Each run mails the workbook of the period just ended (<see cref="ReportSchedulePeriods"/>) and records
/// how it went in <see cref="LastSentAt"/> / <see cref="LastError"/>.
/// </summary>
public sealed class ReportSubscription
{
    public long Id { get; set; }

    /// <summary>The report's name as in its address <c>/reports/{name}</c> (e.g. <c>queue</c>).</summary>
    public string Report { get; set; } = "";

    /// <summary>Queue name filter (as <see cref="ReportFilter.Queue"/>).</summary>
    public string? Queue { get; set; }

    /// <summary>Agent number filter (as <see cref="ReportFilter.Agent"/>).</summary>
    public string? Agent { get; set; }

    /// <summary>Agent group filter (as <see cref="ReportFilter.Group"/>).</summary>
    public string? Group { get; set; }

    /// <summary>Called number filter (as <see cref="ReportFilter.Number"/>).</summary>
    public string? Number { get; set; }

    /// <summary>Flow filter (as <see cref="ReportFilter.Flow"/>).</summary>
    public string? Flow { get; set; }

    /// <summary>The report's own options as a query string (e.g. <c>granularity=hour&amp;key=queue</c> for traffic); null for none.</summary>
    public string? Options { get; set; }

    public ReportFrequency Frequency { get; set; }

    /// <summary>Local time of day of the mail in the center's time zone (minutes are kept, seconds are not).</summary>
    public TimeOnly TimeOfDay { get; set; } = new(8, 0);

    /// <summary>Weekly only: the weekday of the mail.</summary>
    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>Monthly only: the day of the month (1–28, so every month has it).</summary>
    public int DayOfMonth { get; set; } = 1;

    /// <summary>The mail addresses, one per entry.</summary>
    public List<string> Recipients { get; set; } = [];

    /// <summary>The mail's language: <c>zh-CN</c> or <c>en</c>; null = the center's default (<see cref="ReportScheduleOptions.DefaultLanguage"/>).</summary>
    public string? Language { get; set; }

    /// <summary>The portal user who subscribed (user name); they and the admins see and edit it.</summary>
    public string Owner { get; set; } = "";

    /// <summary>A disabled subscription keeps its settings but is not mailed on schedule ("send now" still works).</summary>
    public bool Enabled { get; set; } = true;

    public DateTime CreatedAt { get; set; }

    public DateTime? UpdatedAt { get; set; }

    /// <summary>UTC time of the last mail the SMTP server accepted.</summary>
    public DateTime? LastSentAt { get; set; }

    /// <summary>UTC time of the last attempt, successful or not.</summary>
    public DateTime? LastAttemptAt { get; set; }

    /// <summary>Why the last attempt failed (null after a success); the next run tries again.</summary>
    public string? LastError { get; set; }

    /// <summary>The narrowing filter of this subscription over the dates <paramref name="from"/>–<paramref name="to"/>.</summary>
    public ReportFilter FilterFor(DateOnly from, DateOnly to) =>
        new(from, to) { Queue = Queue, Agent = Agent, Group = Group, Number = Number, Flow = Flow };
}
