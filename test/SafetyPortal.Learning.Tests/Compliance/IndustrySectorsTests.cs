using SafetyPortal.Learning.Compliance;

namespace SafetyPortal.Learning.Tests.Compliance;

public class IndustrySectorsTests
{
    [Theory]
    [InlineData("B06")]      // coal mining
    [InlineData("B0810")]    // iron ore
    [InlineData("B10")]      // non-metal mining
    [InlineData("C25")]      // fuel processing
    [InlineData("C2614")]    // chemicals
    [InlineData("C2672")]    // fireworks
    [InlineData("C311")]     // ironmaking
    [InlineData("C3216")]    // common non-ferrous smelting
    [InlineData("C31")]      // the bare smelting division
    [InlineData(" c26 ")]
    public void High_risk_sectors_are_recognised_by_their_GB_T_4754_code(string code) => Assert.True(IndustrySectors.IsHighRisk(code));

    [Theory]
    [InlineData("C313")]     // steel rolling is not smelting
    [InlineData("C3251")]    // non-ferrous rolling
    [InlineData("C34")]
    [InlineData("C")]
    [InlineData("F52")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_sectors_are_not_high_risk(string? code) => Assert.False(IndustrySectors.IsHighRisk(code));

    [Fact]
    public void Manufacturing_is_section_C()
    {
        Assert.True(IndustrySectors.IsManufacturing("C13"));
        Assert.False(IndustrySectors.IsManufacturing("G59"));
        Assert.False(IndustrySectors.IsManufacturing(null));
    }
}
