namespace CallCenter.Domain.Customers;

/// <summary>One phone number of a customer, stored normalised (see <see cref="Numbers.NumberPattern.Normalize"/>) for lookup by caller number.</summary>
public sealed class CustomerPhone
{
    public int Id { get; set; }
    public int CustomerId { get; set; }
    public string Number { get; set; } = "";
    /// <summary>"mobile", "home", "work" … free text.</summary>
    public string? Label { get; set; }
}
