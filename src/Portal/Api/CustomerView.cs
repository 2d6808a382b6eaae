using CallCenter.Domain.Customers;

namespace CallCenter.Portal.Api;

/// <summary>
/// A customer as the API shows it: name, phones with labels, VIP, member number, whether a PIN is set (never the hash),
/// custom fields, the last agent, last contact and creation time (UTC).
/// </summary>
public sealed record CustomerView(
    int Id, string Name, IReadOnlyList<CustomerPhoneView> Phones, bool IsVip, string? MemberNumber, bool HasPin,
    IReadOnlyDictionary<string, string> CustomFields, string? LastAgent, DateTimeOffset? LastContactAt, DateTimeOffset CreatedAt)
{
    public static CustomerView From(Customer c) => new(
        c.Id, c.Name, c.Phones.Select(p => new CustomerPhoneView(p.Number, p.Label)).ToList(), c.IsVip, c.MemberNumber, c.PinHash is not null,
        c.CustomFields, c.LastAgent, c.LastContactAt is { } last ? Utc(last) : null, Utc(c.CreatedAt));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
