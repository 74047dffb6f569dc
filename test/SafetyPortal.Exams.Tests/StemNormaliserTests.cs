using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Tests;

public sealed class StemNormaliserTests
{
    [Theory]
    [InlineData("<p>下列哪项<b>正确</b>？</p>", "下列哪项正确?")]
    [InlineData("ＡＢＣ　１２３", "abc 123")]
    [InlineData("Safety&nbsp;first!", "safety first")]
    [InlineData("  有限空间，先通风、再检测。 ", "有限空间先通风再检测")]
    public void Stems_that_differ_only_in_markup_width_case_spacing_or_punctuation_are_the_same(string one, string other) =>
        Assert.Equal(StemNormaliser.Hash(one), StemNormaliser.Hash(other));

    [Fact]
    public void Different_words_are_different_stems() =>
        Assert.NotEqual(StemNormaliser.Hash("先通风"), StemNormaliser.Hash("先检测"));
}
