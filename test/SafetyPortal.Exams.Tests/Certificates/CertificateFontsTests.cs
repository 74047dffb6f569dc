using SafetyPortal.Exams.Certificates;

namespace SafetyPortal.Exams.Tests.Certificates;

public sealed class CertificateFontsTests
{
    [Fact]
    public void A_missing_font_file_is_a_clear_error_naming_the_setting()
    {
        var missing = Assert.Throws<CertificateFontMissingException>(() => CertificateFonts.Load(nameof(CertificateOptions.FontPath), "/nowhere/font.ttc"));
        Assert.Equal("Certificates:FontPath", missing.Setting);
        Assert.Contains("/nowhere/font.ttc", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void From_the_noto_collection_the_simplified_chinese_face_is_taken()
    {
        var path = new CertificateOptions().FontPath;
        Assert.True(File.Exists(path), $"{path} is not installed (build.sh installs fonts-noto-cjk)");
        using var face = CertificateFonts.Load(nameof(CertificateOptions.FontPath), path);
        Assert.Equal("Noto Sans CJK SC", face.FamilyName);
    }

    [Fact]
    public void A_long_chinese_line_wraps_within_the_width_and_loses_nothing()
    {
        using var face = CertificateFonts.Load(nameof(CertificateOptions.FontPath), new CertificateOptions().FontPath);
        using var font = new SkiaSharp.SKFont(face, 16);
        var line = string.Concat(Enumerable.Repeat("参加安全生产知识考试成绩合格", 8));
        var pieces = CertificatePdf.Wrap(line, font, 200).ToList();
        Assert.True(pieces.Count > 1);
        Assert.All(pieces, p => Assert.True(font.MeasureText(p) <= 200));
        Assert.Equal(line, string.Concat(pieces));
    }
}
