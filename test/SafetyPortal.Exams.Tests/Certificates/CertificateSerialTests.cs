using SafetyPortal.Exams.Certificates;

namespace SafetyPortal.Exams.Tests.Certificates;

public sealed class CertificateSerialTests
{
    [Fact]
    public void A_serial_is_the_prefix_the_year_and_ten_typable_random_characters()
    {
        var serial = CertificateSerial.New(new DateTime(2026, 11, 29, 20, 0, 0, DateTimeKind.Utc));
        Assert.Matches("^SP-2026-[0-9A-HJKMNP-TV-Z]{10}$", serial);
        Assert.DoesNotContain(serial[8..], c => c is 'I' or 'L' or 'O' or 'U');
    }

    [Fact]
    public void Serials_do_not_repeat_and_use_the_whole_alphabet()
    {
        var serials = Enumerable.Range(0, 20_000).Select(_ => CertificateSerial.New(DateTime.UtcNow)).ToList();
        Assert.Equal(serials.Count, serials.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(CertificateSerial.Alphabet.Length, serials.SelectMany(s => s[8..]).Distinct().Count());
    }

    [Theory]
    [InlineData("sp-2026-abcdefghjk", "SP-2026-ABCDEFGHJK")]
    [InlineData(" SP-2026-ABCDE FGHJK ", "SP-2026-ABCDEFGHJK")]
    [InlineData("SP-2026-O0IL1ABCDE", "SP-2026-00111ABCDE")]
    public void Typing_is_forgiving_about_case_spaces_and_look_alike_letters(string typed, string expected) =>
        Assert.Equal(expected, CertificateSerial.Normalise(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("SP-2026-ABC")]
    [InlineData("XX-2026-ABCDEFGHJK")]
    [InlineData("SP-26-ABCDEFGHJK")]
    [InlineData("SP-2026-ABCDEFGHJU")]
    [InlineData("SP-2026-ABCDEFGH-K")]
    [InlineData("' OR 1=1 --")]
    public void What_cannot_be_a_serial_is_refused_before_any_lookup(string? typed) => Assert.Null(CertificateSerial.Normalise(typed));
}
