using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Tests.Domain;

public sealed class UnifiedSocialCreditCodeTests
{
    [Theory]
    [InlineData("91350100M000100Y43")]
    [InlineData("91110000600037341L")]
    [InlineData("91320585MAAY4CL12T")]
    [InlineData(" 91320585maay4cl12t ")]
    public void Real_codes_pass_whatever_their_case_and_spacing(string code) =>
        Assert.Null(UnifiedSocialCreditCode.Validate(code));

    [Theory]
    [InlineData("91350100M000100Y44", UnifiedSocialCreditCodeError.WrongCheckCharacter)]
    [InlineData("91350100M000100Y4", UnifiedSocialCreditCodeError.WrongLength)]
    [InlineData("", UnifiedSocialCreditCodeError.WrongLength)]
    [InlineData(null, UnifiedSocialCreditCodeError.WrongLength)]
    [InlineData("91350100M000I00Y43", UnifiedSocialCreditCodeError.InvalidCharacter)]
    [InlineData("9135A100M000100Y43", UnifiedSocialCreditCodeError.InvalidDivisionCode)]
    public void A_mistyped_code_is_refused_with_the_reason(string? code, UnifiedSocialCreditCodeError expected) =>
        Assert.Equal(expected, UnifiedSocialCreditCode.Validate(code));

    [Fact]
    public void Swapping_two_characters_is_caught_by_the_check_character() =>
        Assert.NotNull(UnifiedSocialCreditCode.Validate("91350100M000010Y43"));
}
