using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Interop;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Tests;

public sealed class MoodleRoundTripTests
{
    private static QuestionDto Question(QuestionKind kind, string stem, QuestionOptionDto[] options, QuestionBlankDto[] blanks) =>
        new(Guid.NewGuid(), Guid.NewGuid(), kind, "名称 " + kind, stem, "<p>解析 &amp; more</p>", 4, 2.5m,
            KeySites.ConfinedSpace | KeySites.CombustibleDust, options, blanks,
            new QuestionTagsDto(["YXKJ-01"], ["C33"], ["电工"]), 3, false, false, true, null, "stamp", []);

    private static QuestionOptionDto Option(string text, bool correct, decimal fraction, int order) =>
        new(Guid.NewGuid(), text, correct, fraction, correct ? "<p>对</p>" : null, order);

    [Fact]
    public void Every_kind_reads_back_as_it_was_written()
    {
        QuestionDto[] written =
        [
            Question(QuestionKind.SingleChoice, "<p>下列<b>哪项</b>正确？</p>",
                [Option("<p>A &lt; B</p>", true, 100, 0), Option("B", false, 0, 1), Option("C", false, -25, 2)], []),
            Question(QuestionKind.MultipleChoice, "<p>选出所有</p>",
                [Option("x", true, 33.33333m, 0), Option("y", true, 33.33333m, 1), Option("z", true, 33.33334m, 2), Option("w", false, -100, 3)], []),
            Question(QuestionKind.TrueFalse, "<p>对吗</p>", [Option("正确", false, 0, 0), Option("错误", true, 100, 1)], []),
            Question(QuestionKind.FillInBlank, "<p>火警电话</p>", [], [new QuestionBlankDto(1, ["119", "一一九"], false)]),
            Question(QuestionKind.FillInBlank, "<p>{{1}} 和 {{2}}</p>", [], [new QuestionBlankDto(1, ["a}b", "c"], true), new QuestionBlankDto(2, ["d"], false)]),
        ];
        using var file = new MemoryStream();
        MoodleXmlWriter.Write(file, [(["安全", "有限/空间"], "说明", written)]);
        file.Position = 0;

        var read = MoodleXmlReader.Read(file);

        Assert.Equal("说明", read.CategoryDescriptions[QuestionFile.PathKey(["安全", "有限/空间"])]);
        Assert.Equal(written.Length, read.Questions.Count);
        foreach (var (expected, actual) in written.Zip(read.Questions))
        {
            Assert.Equal(["安全", "有限/空间"], actual.CategoryPath);
            var content = actual.Content!;
            Assert.Equal((expected.Kind, expected.Name, expected.Stem, expected.Explanation, expected.Difficulty, expected.DefaultPoints, expected.KeySites),
                (content.Kind!.Value, content.Name, content.Stem, content.Explanation, content.Difficulty!.Value, content.DefaultPoints!.Value, content.KeySites));
            Assert.Equal(expected.Tags.RiskCategories, content.RiskCategories);
            Assert.Equal(expected.Tags.Industries, content.Industries);
            Assert.Equal(expected.Tags.Positions, content.Positions);
            Assert.Equal(expected.Options.Select(o => (o.IsCorrect, o.Fraction, o.Feedback)),
                (content.Options ?? []).Select(o => (o.IsCorrect, o.Fraction!.Value, o.Feedback)));
            if (expected.Kind != QuestionKind.TrueFalse)
            {
                Assert.Equal(expected.Options.Select(o => o.Text), (content.Options ?? []).Select(o => o.Text));
            }
            Assert.Equal(expected.Blanks.Select(b => (string.Join("|", b.AcceptedAnswers), b.CaseSensitive)),
                (content.Blanks ?? []).Select(b => (string.Join("|", b.AcceptedAnswers!), b.CaseSensitive)));
        }
    }
}
