using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Tests.Domain;

public sealed class IdCardNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("11010519491231002x")]
    [InlineData("440524188001010014")]
    [InlineData(" 320583199001011232 ")]
    [InlineData("320583200002291235")]
    public void Numbers_from_GB_11643_pass_whatever_the_case_of_X_and_spacing(string number) =>
        Assert.Null(IdCardNumber.Validate(number, Today));

    [Theory]
    [InlineData("320583199001011233", IdCardNumberError.WrongCheckCharacter)]
    [InlineData("11010519491231002Y", IdCardNumberError.InvalidCharacter)]
    [InlineData("1101051949123100X2", IdCardNumberError.InvalidCharacter)]
    [InlineData("3.20583199001011E+17", IdCardNumberError.WrongLength)]
    [InlineData("32058319900101123", IdCardNumberError.WrongLength)]
    [InlineData(null, IdCardNumberError.WrongLength)]
    [InlineData("320583199002301234", IdCardNumberError.InvalidBirthDate)]
    public void A_mistyped_number_is_refused_with_the_reason(string? number, IdCardNumberError expected) =>
        Assert.Equal(expected, IdCardNumber.Validate(number, Today));

    [Fact]
    public void A_birth_date_after_today_is_refused()
    {
        var body = "32058320261130123";
        Assert.Equal(IdCardNumberError.InvalidBirthDate, IdCardNumber.Validate(body + IdCardNumber.CheckCharacter(body), Today));
    }

    [Fact]
    public void Swapping_two_digits_is_caught_by_the_check_character() =>
        Assert.Equal(IdCardNumberError.WrongCheckCharacter, IdCardNumber.Validate("320583199001011322", Today));

    [Fact]
    public void Shown_numbers_keep_only_the_address_code_and_the_last_four() =>
        Assert.Equal("320583********1232", IdCardNumber.Mask("320583199001011232"));
}
