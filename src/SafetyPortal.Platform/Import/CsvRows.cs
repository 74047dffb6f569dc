using System.Text;

namespace SafetyPortal.Platform.Import;

/// <summary>
/// Comma-separated values with double-quoted fields (RFC 4180), in UTF-8 with or without BOM or in
/// GB18030, which Excel in China writes. Our own reader rather than MiniExcel's: that one skips blank
/// lines, and then the row numbers in the report would not match what the user sees in Excel.
/// </summary>
internal static class CsvRows
{
    /// <summary>GB18030, a superset of GBK and GB2312.</summary>
    private const int Gb18030CodePage = 54936;

    static CsvRows() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static IEnumerable<SheetRow> Read(Stream content)
    {
        var encoding = DetectEncoding(content);
        using var reader = new StreamReader(content, encoding, detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024, leaveOpen: true);
        var number = 0;
        var cells = new List<string?>();
        var field = new StringBuilder();
        var quoted = false;
        var inQuotes = false;
        var any = false;
        int c;
        while ((c = reader.Read()) != -1)
        {
            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch != '"')
                {
                    field.Append(ch);
                }
                else if (reader.Peek() == '"')
                {
                    reader.Read();
                    field.Append('"');
                }
                else
                {
                    inQuotes = false;
                }
                continue;
            }
            switch (ch)
            {
                case '"' when field.Length == 0 && !quoted:
                    inQuotes = quoted = true;
                    break;
                case ',':
                    cells.Add(field.ToString());
                    field.Clear();
                    quoted = false;
                    break;
                case '\r' or '\n':
                    if (ch == '\r' && reader.Peek() == '\n')
                    {
                        reader.Read();
                    }
                    cells.Add(field.ToString());
                    yield return new SheetRow(++number, cells.ToArray());
                    cells.Clear();
                    field.Clear();
                    quoted = any = false;
                    break;
                default:
                    field.Append(ch);
                    break;
            }
        }
        if (any)
        {
            cells.Add(field.ToString());
            yield return new SheetRow(++number, cells.ToArray());
        }
    }

    /// <summary>UTF-8 if every byte decodes strictly as UTF-8 (one streaming pass), else GB18030.</summary>
    internal static Encoding DetectEncoding(Stream content)
    {
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[bytes.Length + 4];
        try
        {
            int read;
            while ((read = content.Read(bytes, 0, bytes.Length)) > 0)
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return Encoding.UTF8;
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(Gb18030CodePage);
        }
        finally
        {
            content.Position = 0;
        }
    }
}
