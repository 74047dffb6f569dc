using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Platform.Tests.Identity;

public sealed class UnitCodesTests
{
    [Theory]
    [InlineData("00001.00002", "00001.00002", true)]
    [InlineData("00001.00002.00007", "00001.00002", true)]
    [InlineData("00001.00002.00007.00001", "00001", true)]
    [InlineData("00001.00003", "00001.00002", false)]
    [InlineData("00001.000021", "00001.00002", false)]
    [InlineData("00001", "00001.00002", false)]
    public void A_unit_is_within_its_own_subtree_and_its_ancestors_but_not_a_sibling_sharing_a_prefix(string code, string ancestor, bool within) =>
        Assert.Equal(within, UnitCodes.IsWithin(code, ancestor));
}
