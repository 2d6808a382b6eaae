using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>What <see cref="CustomerSheetReader"/> found in a workbook: the valid rows, every refused cell, or why the file could not be read at all.</summary>
internal sealed record CustomerSheetContent(IReadOnlyList<CustomerSheetRow> Rows, IReadOnlyList<CustomerImportError> Errors, UserMessage? FileError = null)
{
    public static CustomerSheetContent BadFile(UserMessage message) => new([], [], message);
}
