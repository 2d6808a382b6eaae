namespace CallCenter.Domain.Lists;

/// <summary>A blacklist or whitelist entry: an exact number or a prefix pattern ending in '*', why, and until when.</summary>
public sealed class ListEntry
{
    public int Id { get; set; }
    public ListKind Kind { get; set; }
    /// <summary>Normalised number ("13800138000") or prefix ("0755*"); see <see cref="Numbers.NumberPattern"/>.</summary>
    public string Pattern { get; set; } = "";
    public string? Reason { get; set; }
    /// <summary>UTC; the entry no longer applies from this moment. Null: never expires.</summary>
    public DateTime? ExpiresAt { get; set; }
    public DateTime CreatedAt { get; set; }
}
