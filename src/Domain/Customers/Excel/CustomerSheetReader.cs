using System.Text.RegularExpressions;
using CallCenter.Domain.Numbers;
using CallCenter.Domain.Texts;
using ClosedXML.Excel;

namespace CallCenter.Domain.Customers.Excel;

/// <summary>
/// Reads and checks every row of a customer workbook's first sheet (row 1 is the header, see <see cref="CustomerSheetHeaders"/>)
/// before anything is written: name required, at least one phone of 3–20 digits (an optional leading +; spaces and dashes
/// ignored), a VIP word, dates, and no member number or phone on two rows. Blank rows are skipped.
/// </summary>
internal sealed partial class CustomerSheetReader(NumberNormalizer numbers, TimeZoneInfo zone)
{
    public const int MaxNameLength = 200;
    public const int MaxMemberNumberLength = 64;
    private static readonly char[] PhoneSeparators = [',', '，', ';', '；', '、', '\n'];

    [GeneratedRegex(@"^\+?[0-9]{3,20}$")]
    private static partial Regex PhoneFormat();

    public CustomerSheetContent Read(IXLWorkbook workbook)
    {
        var sheet = workbook.Worksheets.FirstOrDefault();
        var lastColumn = sheet?.Row(1).LastCellUsed()?.Address.ColumnNumber ?? 0;
        if (sheet is null || lastColumn == 0)
            return CustomerSheetContent.BadFile("The workbook is empty: its first sheet needs a header row (name, phones, …) in row 1.");
        var errors = new List<CustomerImportError>();
        var columns = ReadHeader(sheet, lastColumn, errors);
        var rows = new List<CustomerSheetRow>();
        var memberRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var phoneRows = new Dictionary<string, int>(StringComparer.Ordinal);
        var lastRow = sheet.LastRowUsed()?.RowNumber() ?? 1;
        for (var r = 2; r <= lastRow; r++)
        {
            var row = sheet.Row(r);
            if (columns.All(c => row.Cell(c.Key).IsEmpty())) continue;
            var before = errors.Count;
            var parsed = ReadRow(row, columns, errors);
            if (parsed is null || errors.Count > before) continue;
            if (parsed.MemberNumber is { } member && !memberRows.TryAdd(member, r))
                errors.Add(new(r, CustomerSheetHeaders.KeyOf(CustomerColumn.MemberNumber), $"member number {member} is already on row {memberRows[member]}"));
            foreach (var phone in parsed.Phones)
            {
                if (!phoneRows.TryAdd(phone, r))
                    errors.Add(new(r, CustomerSheetHeaders.KeyOf(CustomerColumn.Phones), $"phone {phone} is already given to the customer on row {phoneRows[phone]}"));
            }
            if (errors.Count == before) rows.Add(parsed);
        }
        if (rows.Count == 0 && errors.Count == 0) return CustomerSheetContent.BadFile("The workbook has a header but no customer rows.");
        return new(rows, errors);
    }

    private static Dictionary<int, CustomerSheetColumn> ReadHeader(IXLWorksheet sheet, int lastColumn, List<CustomerImportError> errors)
    {
        var columns = new Dictionary<int, CustomerSheetColumn>();
        var seen = new Dictionary<CustomerSheetColumn, string>();
        for (var c = 1; c <= lastColumn; c++)
        {
            var cell = sheet.Cell(1, c);
            if (CustomerSheetHeaders.Parse(CustomerCellReader.Text(cell)) is not { } column) continue;
            var letter = cell.Address.ColumnLetter;
            if (seen.TryGetValue(column, out var first))
            {
                errors.Add(new(1, column.Key, $"column {letter} repeats column {first}"));
                continue;
            }
            seen[column] = letter;
            columns[c] = column;
        }
        foreach (var required in (CustomerColumn[])[CustomerColumn.Name, CustomerColumn.Phones])
        {
            if (!columns.Values.Any(c => c.Kind == required))
                errors.Add(new(1, CustomerSheetHeaders.KeyOf(required), $"the header has no \"{CustomerSheetHeaders.HeaderOf(required)}\" column"));
        }
        return columns;
    }

    private CustomerSheetRow? ReadRow(IXLRow row, Dictionary<int, CustomerSheetColumn> columns, List<CustomerImportError> errors)
    {
        var r = row.RowNumber();
        string name = "";
        List<string> phones = [];
        bool vip = false;
        string? member = null;
        DateTime? lastContact = null, created = null;
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (number, column) in columns)
        {
            var cell = row.Cell(number);
            UserMessage? error = null;
            switch (column.Kind)
            {
                case CustomerColumn.Name:
                    name = CustomerCellReader.Text(cell);
                    error = name.Length == 0 ? "a name is required"
                        : name.Length > MaxNameLength ? UserMessage.Of($"the name is longer than {MaxNameLength} characters") : null;
                    break;
                case CustomerColumn.Phones:
                    phones = ReadPhones(CustomerCellReader.Text(cell), out error);
                    break;
                case CustomerColumn.Vip:
                    vip = CustomerCellReader.Vip(cell, out error) ?? false;
                    break;
                case CustomerColumn.MemberNumber:
                    var text = CustomerCellReader.Text(cell);
                    member = text.Length == 0 ? null : text;
                    if (text.Length > MaxMemberNumberLength) error = UserMessage.Of($"the member number is longer than {MaxMemberNumberLength} characters");
                    break;
                case CustomerColumn.LastContact:
                    lastContact = CustomerCellReader.Date(cell, zone, out error);
                    break;
                case CustomerColumn.Created:
                    created = CustomerCellReader.Date(cell, zone, out error);
                    break;
                default:
                    var value = CustomerCellReader.Text(cell);
                    fields[column.FieldKey!] = value.Length == 0 ? null : value;
                    break;
            }
            if (error is not null) errors.Add(new(r, column.Key, error));
        }
        if (!columns.ContainsValue(new(CustomerColumn.Name)) || !columns.ContainsValue(new(CustomerColumn.Phones))) return null;
        return new CustomerSheetRow
        {
            RowNumber = r, Name = name, Phones = phones, IsVip = vip, MemberNumber = member,
            LastContactAt = lastContact, CreatedAt = created, Fields = fields,
        };
    }

    private List<string> ReadPhones(string text, out UserMessage? error)
    {
        error = null;
        var phones = new List<string>();
        foreach (var part in text.Split(PhoneSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var compact = part.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
            if (!PhoneFormat().IsMatch(compact))
            {
                error = UserMessage.Of($"\"{part}\" is not a phone number: 3 to 20 digits, an optional leading +");
                return [];
            }
            var normalised = numbers.Normalize(compact);
            if (!phones.Contains(normalised)) phones.Add(normalised);
        }
        if (phones.Count == 0) error = "at least one phone number is required";
        return phones;
    }
}
