namespace CallCenter.Domain.Messaging;

/// <summary>
/// An e-mail or SMS written by a flow and delivered later by the <see cref="OutboxDispatcher"/>, so a
/// slow or failing mail server never holds up a call, and every delivery is on record.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public MessageChannel Channel { get; set; }
    /// <summary>An e-mail address or a phone number.</summary>
    public string Recipient { get; set; } = "";
    /// <summary>E-mail only.</summary>
    public string? Subject { get; set; }
    public string Body { get; set; } = "";
    public OutboxState State { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>UTC; the dispatcher takes the message from this moment (also pushed ahead while an attempt is in progress).</summary>
    public DateTime NextAttemptAt { get; set; }
    public DateTime? SentAt { get; set; }
    /// <summary>The workflow instance that wrote it, if any.</summary>
    public string? WorkflowInstanceId { get; set; }
}
