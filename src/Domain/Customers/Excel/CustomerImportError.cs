using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>Why one cell (or row) of an imported workbook was refused: the sheet row number, the column key and the reason.</summary>
public sealed record CustomerImportError(int Row, string Column, UserMessage Reason)
{
    /// <summary>A refusal written as an interpolated string (the values stay apart for translation).</summary>
    public CustomerImportError(int row, string column, UserMessageBuilder reason) : this(row, column, reason.Build())
    {
    }

    /// <summary>The reason in English (API, logs); the UI shows <see cref="Reason"/> in the user's language.</summary>
    public string Message => Reason.ToString();
}
