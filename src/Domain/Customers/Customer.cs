namespace CallCenter.Domain.Customers;

/// <summary>
/// A caller the center knows (客户): name, phone numbers, custom fields, VIP flag, the member number
/// and PIN used by self-service lines (only the PIN's salted PBKDF2 hash is stored), and the agent who
/// served the last call so a repeat caller can be routed back to them.
/// </summary>
public sealed class Customer
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<CustomerPhone> Phones { get; set; } = [];
    /// <summary>Fields the center defines itself (e.g. "district", "card_type"), stored as one JSON column.</summary>
    public Dictionary<string, string> CustomFields { get; set; } = new(StringComparer.Ordinal);
    public bool IsVip { get; set; }
    /// <summary>The member or card number callers key in; unique when set.</summary>
    public string? MemberNumber { get; set; }
    /// <summary>See <see cref="PinHasher"/>; null when the customer has no PIN.</summary>
    public string? PinHash { get; set; }
    /// <summary>The extension (later: agent id) that last handled this customer's call.</summary>
    public string? LastAgent { get; set; }
    public DateTime? LastContactAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
