using System.Globalization;
using System.IO.Compression;
using System.Xml;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace SafetyPortal.Platform.Import;

/// <summary>
/// Reads an uploaded .xlsx (first sheet, through MiniExcel's streaming Query) or .csv row by row,
/// never holding the sheet in memory. Cells come back as text, the way the user typed them.
/// </summary>
public static class SheetReader
{
    private static readonly byte[] ZipSignature = [0x50, 0x4B, 0x03, 0x04];

    /// <summary>The format the file name and first bytes agree on; anything else is refused with a message for the user.</summary>
    public static ImportFileFormat DetectFormat(string fileName, Stream content, IStringLocalizer text)
    {
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        Span<byte> head = stackalloc byte[512];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        head = head[..read];
        if (read == 0)
        {
            throw new ImportFileException(text["ImportFileEmpty"]);
        }
        switch (extension)
        {
            case ".XLSX" when head.StartsWith(ZipSignature):
                return ImportFileFormat.Xlsx;
            case ".XLSX":
                throw new ImportFileException(text["ImportFileNotXlsx", fileName]);
            // A text file has no NUL bytes in UTF-8 or GB18030; a renamed picture or workbook does.
            case ".CSV" when !head.Contains((byte)0) && !head.StartsWith(ZipSignature):
                return ImportFileFormat.Csv;
            case ".CSV":
                throw new ImportFileException(text["ImportFileNotCsv", fileName]);
            case ".XLS":
                throw new ImportFileException(text["ImportFileOldXls"]);
            default:
                throw new ImportFileException(text["ImportFileWrongType", fileName]);
        }
    }

    /// <summary>Every row from row 1, blank rows included so numbers match Excel's; the stream must be seekable for CSV.</summary>
    public static IEnumerable<SheetRow> ReadRows(Stream content, ImportFileFormat format, IStringLocalizer text) =>
        format == ImportFileFormat.Csv ? CsvRows.Read(content) : ReadXlsx(content, text);

    private static IEnumerable<SheetRow> ReadXlsx(Stream content, IStringLocalizer text)
    {
        using var rows = OpenXlsx(content, text);
        var number = 0;
        while (true)
        {
            IDictionary<string, object?> row;
            try
            {
                if (!rows.MoveNext())
                {
                    yield break;
                }
                row = (IDictionary<string, object?>)rows.Current;
            }
            catch (Exception ex) when (IsCorruptWorkbook(ex))
            {
                throw new ImportFileException(text["ImportFileUnreadable"], ex);
            }
            number++;
            yield return new SheetRow(number, ToCells(row));
        }
    }

    private static IEnumerator<dynamic> OpenXlsx(Stream content, IStringLocalizer text)
    {
        try
        {
            return content.Query(useHeaderRow: false, excelType: ExcelType.XLSX).GetEnumerator();
        }
        catch (Exception ex) when (IsCorruptWorkbook(ex))
        {
            throw new ImportFileException(text["ImportFileUnreadable"], ex);
        }
    }

    private static bool IsCorruptWorkbook(Exception ex) =>
        ex is InvalidDataException or XmlException or IOException or InvalidOperationException or NotSupportedException
            or KeyNotFoundException or IndexOutOfRangeException or FormatException;

    /// <summary>MiniExcel keys cells by column letter (A, B, …, AA); the position in the row is what the header map uses.</summary>
    private static string?[] ToCells(IDictionary<string, object?> row)
    {
        var cells = new string?[row.Count];
        var i = 0;
        foreach (var value in row.Values)
        {
            cells[i++] = ToText(value);
        }
        return cells;
    }

    private static string? ToText(object? value) => value switch
    {
        null => null,
        string s => s,
        // Whole numbers as typed (13812345678, not 1.3812345678E+10); longer ones have already lost digits in Excel.
        double d when Math.Abs(d) < 1e15 && d == Math.Floor(d) => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t => t.ToString(t.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "TRUE" : "FALSE",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
