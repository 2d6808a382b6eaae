using CallCenter.Domain.Customers;

namespace CallCenter.Activities.Customers;

/// <summary>A customer as flow variables see it: <c>customer.name</c>, <c>customer.vip</c>, <c>customer.fields.district</c> …</summary>
public static class CustomerVariables
{
    public static Dictionary<string, object?> From(Customer customer)
    {
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in customer.CustomFields) fields[key] = value;
        var phones = new List<object?>(customer.Phones.Count);
        foreach (var phone in customer.Phones) phones.Add(phone.Number);
        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = (long)customer.Id,
            ["name"] = customer.Name,
            ["vip"] = customer.IsVip,
            ["member_number"] = customer.MemberNumber,
            ["last_agent"] = customer.LastAgent,
            ["phones"] = phones,
            ["fields"] = fields,
        };
    }
}
