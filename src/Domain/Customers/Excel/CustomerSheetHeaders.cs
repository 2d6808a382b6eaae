namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// The header row of a customer workbook. Export writes each fixed column as a bilingual label with its stable machine
/// key in brackets (<c>姓名 (name)</c>) and each custom field under its own key (<c>区县</c>); a key that would read as
/// something else (a fixed column's key or label, or text starting with <c>field:</c>) is written <c>field:key</c>.
/// Import accepts all of these, plus the bare key or label of a fixed column typed by hand (case-insensitive); any
/// other header is a custom field.
/// </summary>
public static class CustomerSheetHeaders
{
    /// <summary>Marks a header as a custom field whatever its text.</summary>
    public const string FieldPrefix = "field:";

    private static readonly (CustomerColumn Column, string Key, string Label)[] Fixed =
    [
        (CustomerColumn.Name, "name", "姓名"),
        (CustomerColumn.Phones, "phones", "电话"),
        (CustomerColumn.Vip, "vip", "VIP"),
        (CustomerColumn.MemberNumber, "member_number", "会员号"),
        (CustomerColumn.LastContact, "last_contact", "最近联系"),
        (CustomerColumn.Created, "created", "创建时间"),
    ];

    /// <summary>The fixed columns in the order export writes them.</summary>
    public static IReadOnlyList<CustomerColumn> FixedColumns { get; } = Fixed.Select(f => f.Column).ToArray();

    /// <summary>The stable machine key of a fixed column (<c>member_number</c>).</summary>
    public static string KeyOf(CustomerColumn column) => Fixed.Single(f => f.Column == column).Key;

    /// <summary>The header export writes for a fixed column: <c>会员号 (member_number)</c>.</summary>
    public static string HeaderOf(CustomerColumn column)
    {
        var (_, key, label) = Fixed.Single(f => f.Column == column);
        return $"{label} ({key})";
    }

    /// <summary>The header export writes for a custom field: the key itself unless it would read as something else.</summary>
    public static string HeaderOfField(string key) =>
        Parse(key) is { Kind: CustomerColumn.CustomField } parsed && parsed.FieldKey == key ? key : FieldPrefix + key;

    /// <summary>The column a header names; null for a blank header (the column is ignored).</summary>
    public static CustomerSheetColumn? Parse(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        if (header.StartsWith(FieldPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var key = header[FieldPrefix.Length..];
            return string.IsNullOrWhiteSpace(key) ? null : new(CustomerColumn.CustomField, key);
        }
        var text = header.Trim();
        foreach (var (column, key, label) in Fixed)
        {
            if (text.Equals(key, StringComparison.OrdinalIgnoreCase) || text.Equals(label, StringComparison.OrdinalIgnoreCase)
                || text.EndsWith($"({key})", StringComparison.OrdinalIgnoreCase))
                return new(column);
        }
        return new(CustomerColumn.CustomField, text);
    }
}
