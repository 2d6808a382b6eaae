namespace CallCenter.Engine.Models;

/// <summary>A point where a suspended instance waits: for digits, an agent, a timer or an event.</summary>
public sealed class Bookmark
{
    public string Id { get; set; } = "";
    public string InstanceId { get; set; } = "";
    public string ActivityId { get; set; } = "";
    /// <summary>What is awaited, e.g. <c>Delay</c>, <c>Event</c>, <c>Digits</c>.</summary>
    public string Type { get; set; } = "";
    /// <summary>Matches a stimulus to this bookmark (e.g. an event name plus a call id).</summary>
    public string? CorrelationKey { get; set; }
    /// <summary>When a timer resumes it; null for bookmarks resumed from outside.</summary>
    public DateTimeOffset? ResumeAt { get; set; }
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Bookmark Clone() => (Bookmark)MemberwiseClone();
}
