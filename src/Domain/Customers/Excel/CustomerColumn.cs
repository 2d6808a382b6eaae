namespace CallCenter.Domain.Customers.Excel;

/// <summary>What a column of a customer workbook holds: one of the fixed columns, or one custom field.</summary>
public enum CustomerColumn
{
    Name,
    Phones,
    Vip,
    MemberNumber,
    LastContact,
    Created,
    CustomField,
}
