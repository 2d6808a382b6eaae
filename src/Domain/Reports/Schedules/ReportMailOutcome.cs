namespace CallCenter.Domain.Reports.Schedules;

/// <summary>The outcome of a report mail run.</summary>
public enum ReportMailOutcome
{
    /// <summary>The SMTP server accepted the mail.</summary>
    Sent,
    /// <summary>Building or sending failed; recorded as the subscription's last error.</summary>
    Failed,
    /// <summary>The subscription no longer exists.</summary>
    NotFound,
    /// <summary>A scheduled run of a disabled subscription: nothing sent.</summary>
    Disabled,
}
