using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Platform.Tests.Identity;

/// <summary>Mainland mobile numbers as users type them, and as lists and logs show them.</summary>
public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData(" 138 1234 5678 ", "13812345678")]
    [InlineData("138-1234-5678", "13812345678")]
    [InlineData("+86 13812345678", "13812345678")]
    [InlineData("008619912345678", "19912345678")]
    public void Typed_numbers_are_stored_as_eleven_digits(string typed, string stored)
    {
        Assert.True(MobileNumber.TryNormalize(typed, out var normalized));
        Assert.Equal(stored, normalized);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345678901")]
    [InlineData("1381234567")]
    [InlineData("138123456789")]
    [InlineData("0512-53521234")]
    [InlineData("1381234567a")]
    public void Numbers_that_are_no_mainland_mobile_numbers_are_refused(string typed)
    {
        Assert.False(MobileNumber.TryNormalize(typed, out _));
    }

    [Fact]
    public void A_masked_number_keeps_the_first_three_and_last_four_digits()
    {
        Assert.Equal("138****5678", MobileNumber.Mask("13812345678"));
        Assert.Equal("", MobileNumber.Mask(null));
    }
}
