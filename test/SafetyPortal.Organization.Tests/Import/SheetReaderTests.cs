using System.Text;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Import;

namespace SafetyPortal.Organization.Tests.Import;

public sealed class SheetReaderTests
{
    private const string Csv = "姓名,岗位\r\n张三,\"车工, 二级\"\r\n\r\n李四,\"多行\n说明\"\r\n";

    static SheetReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string> Encodings => new() { "utf-8", "utf-8-bom", "gb18030" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_csv_reads_the_same_in_UTF8_with_or_without_BOM_and_in_GB18030(string encoding)
    {
        var bytes = encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(Csv),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv)],
            _ => Encoding.GetEncoding("GB18030").GetBytes(Csv),
        };
        var rows = SheetReader.ReadRows(new MemoryStream(bytes), ImportFileFormat.Csv, new NoText()).ToList();

        Assert.Equal(["姓名", "岗位"], rows[0].Cells);
        Assert.Equal(["张三", "车工, 二级"], rows[1].Cells);
        Assert.True(rows[2].IsBlank);
        Assert.Equal((4, "多行\n说明"), (rows[3].Number, rows[3][1]));
    }

    [Theory]
    [InlineData("staff.xlsx", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    [InlineData("staff.csv", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    [InlineData("staff.xlsx", new byte[0])]
    [InlineData("staff.pdf", new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    public void A_file_that_is_no_spreadsheet_is_refused_before_it_is_read(string fileName, byte[] content) =>
        Assert.Throws<ImportFileException>(() => SheetReader.DetectFormat(fileName, new MemoryStream(content), new NoText()));

    /// <summary>Messages are not under test here: every key answers with itself.</summary>
    private sealed class NoText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
