using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Tests.Domain;

public sealed class OrganizationUnitCodeTests
{
    [Fact]
    public void Codes_are_five_digits_a_level_joined_by_dots()
    {
        var enterprise = OrganizationUnitCode.Create(42);
        Assert.Equal("00042", enterprise);
        Assert.Equal("00042.00005", OrganizationUnitCode.Create(5, enterprise));
    }

    [Fact]
    public void The_next_sibling_keeps_the_parent_and_counts_up()
    {
        Assert.Equal("00001.00010", OrganizationUnitCode.Next("00001.00009"));
        Assert.Equal("00002", OrganizationUnitCode.Next("00001"));
    }

    [Theory]
    [InlineData("00001", "00001", true)]
    [InlineData("00001.00002.00003", "00001", true)]
    [InlineData("00001.00002", "00001.00002", true)]
    [InlineData("00010", "00001", false)]
    [InlineData("00001", "00001.00002", false)]
    public void A_subtree_is_the_unit_and_everything_below_it_and_nothing_that_merely_shares_digits(string code, string root, bool inside) =>
        Assert.Equal(inside, OrganizationUnitCode.IsInSubtree(code, root));

    [Theory]
    [InlineData(0)]
    [InlineData(100000)]
    public void A_level_holds_1_to_99999_units(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganizationUnitCode.Create(number));
}
