namespace CallCenter.Domain.Reports.Schedules;

/// <summary>Scheduled report mails (section <c>Reports:Schedules</c>).</summary>
public sealed class ReportScheduleOptions
{
    /// <summary>The language of a subscription's mail when it names none: <c>zh-CN</c> or <c>en</c>. Default <c>zh-CN</c>.</summary>
    public string DefaultLanguage { get; set; } = "zh-CN";

    /// <summary>Most recipients one subscription may have. Default 20.</summary>
    public int MaxRecipients { get; set; } = 20;
}
