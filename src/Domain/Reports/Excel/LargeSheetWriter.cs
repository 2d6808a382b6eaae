using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// Writes a large report sheet's worksheet part: reads the part ClosedXML saved (title, filter, header, a placeholder
/// first data row and, when there is one, the totals row right below it — a few kB) with <see cref="OpenXmlReader"/>
/// and writes it back with <see cref="OpenXmlWriter"/>, streaming the real data rows of a <see cref="SheetBody"/> in
/// place of the placeholder with the cell styles ClosedXML gave its cells, then the totals row as ClosedXML wrote it,
/// moved below the data. <c>&lt;dimension&gt;</c> and <c>&lt;autoFilter ref&gt;</c> are stretched to the real last row.
/// </summary>
internal static class LargeSheetWriter
{
    private static readonly OpenXmlAttribute Preserve = new("xml", "space", "http://www.w3.org/XML/1998/namespace", "preserve");
    private static readonly OpenXmlAttribute InlineString = new("t", "", "inlineStr");

    /// <summary>Copies the worksheet part <paramref name="part"/> to <paramref name="output"/> with the rows of <paramref name="body"/>.</summary>
    public static void Write(Stream part, Stream output, SheetBody body, CancellationToken ct)
    {
        Worksheet worksheet;
        using (var reader = new TypedOpenXmlPartReader(part, new OpenXmlPartReaderOptions()))
        {
            if (!reader.Read() || reader.ElementType != typeof(Worksheet)) throw new InvalidDataException("Not a worksheet part.");
            worksheet = (Worksheet)reader.LoadCurrentElement()!;
        }
        var lastData = ReportWorkbook.FirstDataRow + body.Rows - 1;
        var hasTotals = worksheet.GetFirstChild<SheetData>()?.Elements<Row>().Any(r => r.RowIndex?.Value == ReportWorkbook.FirstDataRow + 1) == true;
        using var writer = OpenXmlWriter.Create(output, new UTF8Encoding(false));
        writer.WriteStartDocument();
        writer.WriteStartElement(worksheet, worksheet.GetAttributes(), worksheet.NamespaceDeclarations);
        foreach (var child in worksheet.ChildElements)
        {
            switch (child)
            {
                case SheetData data:
                    WriteSheetData(writer, data, body, lastData, ct);
                    break;
                case SheetDimension dimension when dimension.Reference?.Value is { } range:
                    dimension.Reference = WithLastRow(range, lastData + (hasTotals ? 1 : 0));
                    writer.WriteElement(dimension);
                    break;
                case AutoFilter filter when filter.Reference?.Value is { } range:
                    filter.Reference = WithLastRow(range, lastData);
                    writer.WriteElement(filter);
                    break;
                default:
                    writer.WriteElement(child);
                    break;
            }
        }
        writer.WriteEndElement();
        writer.Close();
    }

    /// <summary>A range or reference (<c>A3:J4</c>, <c>'Calls'!$A$3:$J$4</c>) with its last row number replaced.</summary>
    public static string WithLastRow(string reference, int row)
    {
        var end = reference.Length;
        while (end > 0 && char.IsAsciiDigit(reference[end - 1])) end--;
        return string.Concat(reference.AsSpan(0, end), row.ToString(CultureInfo.InvariantCulture));
    }

    private static void WriteSheetData(OpenXmlWriter writer, SheetData data, SheetBody body, int lastData, CancellationToken ct)
    {
        writer.WriteStartElement(data);
        Row? placeholder = null, totals = null;
        foreach (var row in data.Elements<Row>())
        {
            if (row.RowIndex?.Value is not { } index) throw new InvalidDataException("A row without its number.");
            if (index < ReportWorkbook.FirstDataRow) writer.WriteElement(row);
            else if (index == ReportWorkbook.FirstDataRow) placeholder = row;
            else if (index == ReportWorkbook.FirstDataRow + 1) totals = row;
            else throw new InvalidDataException($"Row {index} below the placeholder rows.");
        }
        if (placeholder is null) throw new InvalidDataException("No placeholder data row to take the cell styles from.");
        WriteRows(writer, placeholder, body, ct);
        if (totals is not null)
        {
            var at = (uint)lastData + 1;
            totals.RowIndex = at;
            foreach (var cell in totals.Elements<Cell>())
                if (cell.CellReference?.Value is { } reference) cell.CellReference = WithLastRow(reference, (int)at);
            writer.WriteElement(totals);
        }
        writer.WriteEndElement();
    }

    private static void WriteRows(OpenXmlWriter writer, Row placeholder, SheetBody body, CancellationToken ct)
    {
        var columns = body.Columns;
        // Per column: the placeholder cell's style (a missing cell had none: style 0), its letters, reusable attributes.
        var styles = new string?[columns];
        foreach (var cell in placeholder.Elements<Cell>())
        {
            var column = ColumnOf(cell.CellReference?.Value);
            if (column < columns && cell.StyleIndex?.Value is { } style and > 0) styles[column] = style.ToString(CultureInfo.InvariantCulture);
        }
        var letters = new string[columns];
        var attributes = new OpenXmlAttribute[columns][];
        var textAttributes = new OpenXmlAttribute[columns][];
        for (var c = 0; c < columns; c++)
        {
            letters[c] = ColumnLetters(c);
            attributes[c] = styles[c] is { } s ? [default, new("s", "", s)] : [default];
            textAttributes[c] = [.. attributes[c], InlineString];
        }
        var rowAttributes = new List<OpenXmlAttribute> { default };
        rowAttributes.AddRange(placeholder.GetAttributes().Where(a => a.LocalName != "r"));

        Row row = new();
        Cell cellElement = new();
        CellValue value = new();
        DocumentFormat.OpenXml.Spreadsheet.InlineString inline = new();
        Text text = new();
        Text[] none = [];
        var r = ReportWorkbook.FirstDataRow;
        foreach (var cells in body.Read())
        {
            var number = r.ToString(CultureInfo.InvariantCulture);
            rowAttributes[0] = new OpenXmlAttribute("r", "", number);
            writer.WriteStartElement(row, rowAttributes);
            for (var c = 0; c < columns; c++)
            {
                var cell = cells[c];
                if (cell.Text is { } s)
                {
                    var attrs = textAttributes[c];
                    attrs[0] = new OpenXmlAttribute("r", "", letters[c] + number);
                    writer.WriteStartElement(cellElement, attrs);
                    writer.WriteStartElement(inline);
                    var clean = XmlSafe(s);
                    if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]) || clean.Contains('\n'))) writer.WriteStartElement(text, [Preserve]);
                    else writer.WriteStartElement(text);
                    writer.WriteString(clean);
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                else if (cell.Number is { } x && double.IsFinite(x))
                {
                    var attrs = attributes[c];
                    attrs[0] = new OpenXmlAttribute("r", "", letters[c] + number);
                    writer.WriteStartElement(cellElement, attrs);
                    writer.WriteStartElement(value);
                    writer.WriteString(x.ToString(CultureInfo.InvariantCulture));
                    writer.WriteEndElement();
                    writer.WriteEndElement();
                }
                else if (styles[c] is not null)
                {
                    // An empty cell keeps its style (fill, border), as ClosedXML writes empty cells of a formatted range.
                    var attrs = attributes[c];
                    attrs[0] = new OpenXmlAttribute("r", "", letters[c] + number);
                    writer.WriteStartElement(cellElement, attrs);
                    writer.WriteEndElement();
                }
            }
            writer.WriteEndElement();
            if ((r++ & 1023) == 0) ct.ThrowIfCancellationRequested();
        }
    }

    /// <summary>0-based column of a cell reference such as <c>AB12</c>.</summary>
    private static int ColumnOf(string? reference)
    {
        var column = 0;
        foreach (var ch in reference ?? "")
        {
            if (ch is < 'A' or > 'Z') break;
            column = column * 26 + (ch - 'A' + 1);
        }
        return column - 1;
    }

    private static string ColumnLetters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26) letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }

    /// <summary>
    /// The text with characters XML cannot carry (control characters, lone surrogates) written as Excel's <c>_xHHHH_</c>
    /// escapes, so one odd byte in a SIP cause does not break the export.
    /// </summary>
    private static string XmlSafe(string text)
    {
        var i = 0;
        while (i < text.Length && IsXmlChar(text, i)) i++;
        if (i == text.Length) return text;
        var safe = new StringBuilder(text.Length + 8).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            if (IsXmlChar(text, i)) safe.Append(text[i]);
            else safe.Append(CultureInfo.InvariantCulture, $"_x{(int)text[i]:X4}_");
        }
        return safe.ToString();
    }

    private static bool IsXmlChar(string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c)) return i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i > 0 && char.IsHighSurrogate(text[i - 1]);
        return c is '\t' or '\n' or '\r' or (>= ' ' and <= '\uFFFD');
    }
}
