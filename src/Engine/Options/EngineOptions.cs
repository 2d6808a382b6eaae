namespace CallCenter.Engine.Options;

/// <summary>Workflow engine settings (section <c>Engine</c> in appsettings.json).</summary>
public sealed class EngineOptions
{
    /// <summary>IANA or Windows id of the center's time zone, used for <c>now</c> in scripts, cron and business hours. Default: the machine's zone.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Activities one run may execute without suspending before the instance faults (catches endless loops). Default 10,000.</summary>
    public int MaxStepsPerRun { get; set; } = 10_000;

    /// <summary>
    /// Suspended instances kept in memory after their save so a resume skips the reload (live calls).
    /// Assumes one node owns its instances; clustered deployments set 0 (always reload). Default 10,000.
    /// </summary>
    public int HotInstanceCapacity { get; set; } = 10_000;

    /// <summary>Whether each activity execution is written to the journal. Default true.</summary>
    public bool JournalEnabled { get; set; } = true;

    /// <summary>How deep SubFlow activities may nest (a flow calling itself stops here with an incident). Default 8 levels below the top flow.</summary>
    public int MaxSubFlowDepth { get; set; } = 8;

    public TimeZoneInfo ResolveTimeZone() =>
        string.IsNullOrWhiteSpace(TimeZone) ? TimeZoneInfo.Local : TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
