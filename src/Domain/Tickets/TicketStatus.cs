namespace CallCenter.Domain.Tickets;

/// <summary>Where a ticket stands; read back to callers who ask about it.</summary>
public enum TicketStatus
{
    /// <summary>已受理: registered, not yet assigned.</summary>
    New,
    /// <summary>处理中: a department is working on it.</summary>
    InProgress,
    /// <summary>已办结: answered or fixed.</summary>
    Resolved,
    /// <summary>已关闭.</summary>
    Closed,
}
