namespace CallCenter.Domain.Reports;

/// <summary>
/// What every report is asked for: local dates <see cref="From"/>–<see cref="To"/> (both included) in the center's time
/// zone (<c>Engine:TimeZone</c>), and optional narrowing by queue name, agent number (工号), agent group, called number,
/// flow (definition id). Each report says which of the narrowing fields it honours; the others are ignored.
/// </summary>
public sealed record ReportFilter(DateOnly From, DateOnly To)
{
    /// <summary>A queue name (e.g. <c>hotline</c>).</summary>
    public string? Queue { get; init; }

    /// <summary>An agent number (e.g. <c>8001</c>).</summary>
    public string? Agent { get; init; }

    /// <summary>An agent group name (班组): the agents of the group.</summary>
    public string? Group { get; init; }

    /// <summary>A called number (service number or extension), matched on the user part of the callee's URI.</summary>
    public string? Number { get; init; }

    /// <summary>A flow's definition id (e.g. <c>hotline-12345</c>).</summary>
    public string? Flow { get; init; }

    /// <summary>Days covered (To − From + 1).</summary>
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The filter for a preset range relative to <paramref name="today"/> (the center's local date).</summary>
    public static ReportFilter ForPreset(ReportPreset preset, DateOnly today)
    {
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return preset switch
        {
            ReportPreset.Today => new(today, today),
            ReportPreset.Yesterday => new(today.AddDays(-1), today.AddDays(-1)),
            ReportPreset.ThisWeek => new(monday, today),
            ReportPreset.LastWeek => new(monday.AddDays(-7), monday.AddDays(-1)),
            ReportPreset.ThisMonth => new(firstOfMonth, today),
            ReportPreset.LastMonth => new(firstOfMonth.AddMonths(-1), firstOfMonth.AddDays(-1)),
            ReportPreset.ThisYear => new(new DateOnly(today.Year, 1, 1), today),
            _ => throw new ArgumentOutOfRangeException(nameof(preset), preset, null),
        };
    }

    /// <summary>The same filter over the range of equal length just before this one.</summary>
    public ReportFilter Previous() => this with { From = From.AddDays(-Days), To = From.AddDays(-1) };

    /// <summary>The same filter over the same dates one year earlier (同期).</summary>
    public ReportFilter SamePeriodLastYear() => this with { From = From.AddYears(-1), To = To.AddYears(-1) };
}
