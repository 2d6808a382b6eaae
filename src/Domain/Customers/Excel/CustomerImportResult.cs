using CallCenter.Domain.Texts;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// The outcome of a workbook import. Either <see cref="FileError"/> (not a workbook, empty, no header: nothing read), or
/// <see cref="Errors"/> (rows refused: nothing imported), or the counts of customers inserted and updated.
/// </summary>
public sealed record CustomerImportResult(int Imported, int Updated, IReadOnlyList<CustomerImportError> Errors, UserMessage? FileError)
{
    public bool Succeeded => FileError is null && Errors.Count == 0;

    public static CustomerImportResult Done(int imported, int updated) => new(imported, updated, [], null);
    public static CustomerImportResult Refused(IReadOnlyList<CustomerImportError> errors) => new(0, 0, errors, null);
    public static CustomerImportResult BadFile(UserMessage message) => new(0, 0, [], message);
}
