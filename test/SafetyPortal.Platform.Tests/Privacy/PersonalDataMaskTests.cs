using SafetyPortal.Platform.Privacy;

namespace SafetyPortal.Platform.Tests.Privacy;

/// <summary>ID-card and phone numbers as lists and logs show them; odd input is masked too and never throws.</summary>
public sealed class PersonalDataMaskTests
{
    [Theory]
    [InlineData("320583199001011234", "320583********1234")]
    [InlineData("32058319900101123X", "320583********123X")]
    [InlineData("320583900101123", "320583*****1123")]
    [InlineData(" 320583199001011234 ", "320583********1234")]
    public void Id_card_numbers_keep_the_region_and_the_last_four(string value, string expected) =>
        Assert.Equal(expected, PersonalDataMask.IdCard(value));

    [Theory]
    [InlineData("13812345678", "138****5678")]
    [InlineData("+8613812345678", "+86*******5678")]
    [InlineData("0512-53521234", "051******1234")]
    public void Phone_numbers_keep_the_first_three_and_the_last_four(string value, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Phone(value));

    [Theory]
    [InlineData("", "")]
    [InlineData("   ", "")]
    [InlineData("5", "*")]
    [InlineData("12", "1*")]
    [InlineData("12345", "1***5")]
    [InlineData("53521234", "53****34")]
    [InlineData("张三丰", "张**")]
    public void Short_values_show_at_most_half_of_their_characters(string value, string expected)
    {
        Assert.Equal(expected, PersonalDataMask.Phone(value));
        Assert.Equal(expected, PersonalDataMask.IdCard(value));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(PersonalDataMask.Apply(PersonalDataKind.IdCard, null));

    [Theory]
    [InlineData(PersonalDataKind.IdCard)]
    [InlineData(PersonalDataKind.Phone)]
    public void Any_value_of_any_length_is_masked_without_throwing_and_never_shown_whole(PersonalDataKind kind)
    {
        var samples = Enumerable.Range(1, 30).Select(n => new string('7', n))
            .Concat(["not-a-number", "3205831990010112345678", "138 1234 5678", "\t\n", "\u00a0x\u00a0", "🙂🙂🙂"]);
        foreach (var sample in samples)
        {
            var masked = PersonalDataMask.Apply(kind, sample)!;
            Assert.Equal(sample.Trim().Length, masked.Length);
            if (masked.Length > 0)
            {
                // Either the usual form (at most 6 + 4 shown, at least 4 masked) or at most half shown.
                var shown = masked.Count(c => c != '*');
                Assert.True(shown <= 10 && (masked.Length - shown >= 4 || shown <= masked.Length / 2), $"{sample} → {masked}");
            }
        }
    }

    [Fact]
    public void Numbers_inside_a_url_or_a_message_are_masked_and_other_digits_left_alone()
    {
        var text = "/api/staff/0f8fad5b-d9cb-469f-a165-708677289501?idCard=320583199001011234&phone=13812345678&order=20261129000001234567";
        Assert.Equal(
            "/api/staff/0f8fad5b-d9cb-469f-a165-708677289501?idCard=320583********1234&phone=138****5678&order=20261129000001234567",
            PersonalDataMask.InText(text));
        Assert.Equal("手机号138****5678已被使用", PersonalDataMask.InText("手机号13812345678已被使用"));
        Assert.Null(PersonalDataMask.InText(null));
    }
}
