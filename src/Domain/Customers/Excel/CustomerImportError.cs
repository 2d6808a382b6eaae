namespace CallCenter.Domain.Customers.Excel;

/// <summary>Why one cell of an imported workbook was refused: the row number as Excel shows it, the column's key, and what to fix.</summary>
public sealed record CustomerImportError(int Row, string Column, string Message);
