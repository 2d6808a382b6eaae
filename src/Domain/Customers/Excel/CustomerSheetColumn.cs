namespace CallCenter.Domain.Customers.Excel;

/// <summary>A recognised column of a customer workbook: its kind and, for a custom field, the field's key.</summary>
public sealed record CustomerSheetColumn(CustomerColumn Kind, string? FieldKey = null)
{
    /// <summary>How errors name the column: the machine key of a fixed column, the key of a custom field.</summary>
    public string Key => Kind == CustomerColumn.CustomField ? FieldKey! : CustomerSheetHeaders.KeyOf(Kind);
}
