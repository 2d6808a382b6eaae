using System.Text;

namespace CallCenter.Domain.Reports.Excel;

/// <summary>
/// The data rows of a large report sheet, held between <see cref="ReportWorkbook.AddSheet{TRow}"/> (which enumerates the
/// rows once) and <see cref="ReportWorkbook.SaveAsync"/> (which streams them into the sheet): converted cell values in a
/// temporary file deleted on dispose, a few bytes per cell, so a sheet of any size costs a 64 KB buffer in memory.
/// </summary>
internal sealed class SheetBody : IDisposable
{
    private const byte Empty = 0, Number = 1, Text = 2;
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;

    public SheetBody(int columns)
    {
        Columns = columns;
        var path = Path.Combine(Path.GetTempPath(), $"callcenter-report-{Guid.NewGuid():N}.tmp");
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    /// <summary>Cells per row.</summary>
    public int Columns { get; }

    /// <summary>Data rows appended so far.</summary>
    public int Rows { get; private set; }

    /// <summary>Appends one row (<see cref="Columns"/> cells).</summary>
    public void Append(ReadOnlySpan<ReportCellValue> cells)
    {
        foreach (var cell in cells)
        {
            if (cell.Text is { } text)
            {
                _writer.Write(Text);
                _writer.Write(text);
            }
            else if (cell.Number is { } number)
            {
                _writer.Write(Number);
                _writer.Write(number);
            }
            else _writer.Write(Empty);
        }
        Rows++;
    }

    /// <summary>
    /// The rows in order, from the start each time it is enumerated; every row comes in the same array (read it before
    /// asking for the next one).
    /// </summary>
    public IEnumerable<ReportCellValue[]> Read()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        var cells = new ReportCellValue[Columns];
        for (var r = 0; r < Rows; r++)
        {
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = reader.ReadByte() switch
                {
                    Text => new ReportCellValue(null, reader.ReadString()),
                    Number => new ReportCellValue(reader.ReadDouble(), null),
                    _ => default,
                };
            }
            yield return cells;
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
