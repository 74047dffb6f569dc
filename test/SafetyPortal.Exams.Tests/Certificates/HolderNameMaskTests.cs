using SafetyPortal.Exams.Certificates;

namespace SafetyPortal.Exams.Tests.Certificates;

public sealed class HolderNameMaskTests
{
    [Theory]
    [InlineData("吴芳", "吴*")]
    [InlineData("张三丰", "张*丰")]
    [InlineData("欧阳娜娜", "欧**娜")]
    [InlineData("李", "李")]
    [InlineData("", "")]
    [InlineData("Anna Smith", "A**a S***h")]
    public void The_public_page_shows_enough_of_the_name_to_match_the_paper_not_to_collect_it(string name, string masked) =>
        Assert.Equal(masked, HolderNameMask.Mask(name));
}
