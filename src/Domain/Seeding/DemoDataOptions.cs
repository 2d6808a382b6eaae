namespace CallCenter.Domain.Seeding;

/// <summary>Demo data created on first start (section <c>DemoData</c>).</summary>
public sealed class DemoDataOptions
{
    /// <summary>Create demo data when the database has none. Default true.</summary>
    public bool Seed { get; set; } = true;

    /// <summary>
    /// Password for every demo extension (labs and tests). Default: none — each extension gets its own
    /// random password, written once to the log at first start. A fixed default would invite toll fraud.
    /// </summary>
    public string? ExtensionPassword { get; set; }

    /// <summary>
    /// Password of every demo Portal user (agents 8001–8005, <c>supervisor</c>, <c>manager</c>; labs and tests).
    /// Default: none — each user gets its own random password, written once to the log when the user is created.
    /// </summary>
    public string? UserPassword { get; set; }

    /// <summary>The demo extension numbers. Default 1001–1008: the demo agents work on 1001–1005, 1006–1008 are free for new staff.</summary>
    public string[] ExtensionNumbers { get; set; } = ["1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008"];
}
