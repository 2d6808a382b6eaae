namespace CallCenter.Engine.Options;

/// <summary>Workflow engine settings (section <c>Engine</c> in appsettings.json).</summary>
public sealed class EngineOptions
{
    /// <summary>IANA or Windows id of the center's time zone, used for <c>now</c> in scripts, cron and business hours. Default: the machine's zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Activities one run may execute without suspending before the instance faults (catches endless loops). Default 10,000.</summary>
    public int MaxStepsPerRun { get; set; } = 10_000;

    /// <summary>Whether each activity execution is written to the journal. Default true.</summary>
    public bool JournalEnabled { get; set; } = true;

    public TimeZoneInfo ResolveTimeZone() =>
        string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
