using CallCenter.Domain.Acd;

namespace CallCenter.Domain.Reports;

/// <summary>
/// Which calls the call detail (话单) lists: those started in the report period (local dates of <see cref="Report"/>,
/// whose <c>Number</c> is the callee and whose <c>Queue</c>/<c>Agent</c> mean "has a queue log line there/by them"), narrowed
/// by the fields below. A report's drill-down builds one of these from a cell. With <see cref="QueueEvents"/> set, the
/// period applies to the time of that queue log line (the queue reports count by it) instead of the call's start.
/// </summary>
public sealed record CallDetailFilter(ReportFilter Report)
{
    /// <summary>Only calls started (or with the queue line) in this local hour of the day, 0–23.</summary>
    public int? LocalHour { get; init; }

    /// <summary>Only calls started (or with the queue line) in this local [from, to) range, within the period.</summary>
    public DateTime? LocalFrom { get; init; }

    public DateTime? LocalTo { get; init; }

    /// <summary>Answered (true) or never answered (false) calls.</summary>
    public bool? Answered { get; init; }

    /// <summary>Only calls placed by this number (caller URI user), e.g. an extension.</summary>
    public string? Caller { get; init; }

    /// <summary>Only calls ended by this side (see <see cref="HangupSideReport.SideOf"/>).</summary>
    public HangupParty? HangupParty { get; init; }

    /// <summary>Only calls with a queue log line of one of these types (in <c>Report.Queue</c>, by <c>Report.Agent</c> when set).</summary>
    public IReadOnlyList<QueueEventType>? QueueEvents { get; init; }

    /// <summary>With <see cref="QueueEvents"/>: the line's wait ≥ this many seconds.</summary>
    public double? MinWaitSeconds { get; init; }

    /// <summary>With <see cref="QueueEvents"/>: the line's wait &lt; this many seconds.</summary>
    public double? WaitBelowSeconds { get; init; }

    /// <summary>With <see cref="QueueEvents"/>: the line's wait ≤ this many seconds (service-level cells).</summary>
    public double? WaitAtMostSeconds { get; init; }
}
