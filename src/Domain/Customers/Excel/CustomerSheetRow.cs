namespace CallCenter.Domain.Customers.Excel;

/// <summary>One valid data row of an imported customer workbook, with values already checked and normalised.</summary>
public sealed class CustomerSheetRow
{
    /// <summary>The row number as Excel shows it (the header is row 1).</summary>
    public required int RowNumber { get; init; }
    public required string Name { get; init; }
    /// <summary>Normalised, distinct, in the order written.</summary>
    public required IReadOnlyList<string> Phones { get; init; }
    public bool IsVip { get; init; }
    /// <summary>Null when the cell is blank (an update then keeps the customer's member number).</summary>
    public string? MemberNumber { get; init; }
    /// <summary>UTC; null when blank (an update then keeps the stored value).</summary>
    public DateTime? LastContactAt { get; init; }
    /// <summary>UTC; null when blank (an insert then takes the import time; an update never changes it).</summary>
    public DateTime? CreatedAt { get; init; }
    /// <summary>Every custom-field column of the file: the cell's text, or null for a blank cell (the field is removed).</summary>
    public required IReadOnlyDictionary<string, string?> Fields { get; init; }
}
