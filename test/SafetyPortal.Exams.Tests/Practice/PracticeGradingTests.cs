using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Tests.Practice;

public sealed class PracticeGradingTests
{
    private static Question Choice(QuestionKind kind, params bool[] correct) => new()
    {
        Kind = kind,
        // Stored out of order: practice shows them by SortOrder.
        Options = [.. correct.Select((c, i) => new QuestionOption { Text = $"o{i}", IsCorrect = c, Fraction = c ? 100 : 0, SortOrder = i }).Reverse()],
    };

    private static Question Blank(params string[] accepted) => new()
    {
        Kind = QuestionKind.FillInBlank,
        Blanks = [new QuestionBlank { Index = 1, AcceptedAnswers = [.. accepted] }],
    };

    [Theory]
    [InlineData("B", true)]
    [InlineData("A", false)]
    public void A_single_choice_answer_is_right_only_with_the_correct_letter(string letter, bool right)
    {
        var snapshot = PracticeGrading.Snapshot(Choice(QuestionKind.SingleChoice, false, true, false), [letter]);
        Assert.Equal(right, PracticeGrading.IsRight(snapshot));
        Assert.Equal(["B"], AttemptView.CorrectAnswer(snapshot));
    }

    [Fact]
    public void A_multiple_choice_answer_needs_the_whole_correct_set()
    {
        var question = Choice(QuestionKind.MultipleChoice, true, false, true);
        Assert.False(PracticeGrading.IsRight(PracticeGrading.Snapshot(question, ["A"])));
        Assert.True(PracticeGrading.IsRight(PracticeGrading.Snapshot(question, ["C", "A"])));
        Assert.Equal(["A", "C"], AttemptView.CorrectAnswer(PracticeGrading.Snapshot(question, [])));
    }

    [Fact]
    public void A_blank_is_right_with_any_accepted_answer_and_shows_them_all()
    {
        var question = Blank("通风", "通风换气");
        Assert.True(PracticeGrading.IsRight(PracticeGrading.Snapshot(question, [" 通风换气 "])));
        Assert.False(PracticeGrading.IsRight(PracticeGrading.Snapshot(question, ["检测"])));
        Assert.Equal(["通风 / 通风换气"], AttemptView.CorrectAnswer(PracticeGrading.Snapshot(question, [])));
    }

    [Theory]
    [InlineData(QuestionKind.SingleChoice, new[] { "A", "B" }, false)]
    [InlineData(QuestionKind.SingleChoice, new[] { "D" }, false)]
    [InlineData(QuestionKind.SingleChoice, new string[0], true)]
    [InlineData(QuestionKind.MultipleChoice, new[] { "A", "C" }, true)]
    [InlineData(QuestionKind.TrueFalse, new[] { "B" }, true)]
    public void Malformed_answers_are_told_apart_from_wrong_ones(QuestionKind kind, string[] answer, bool wellFormed) =>
        Assert.Equal(wellFormed, PracticeGrading.IsWellFormed(Choice(kind, true, false, false), answer));

    [Fact]
    public void A_fill_in_answer_with_more_texts_than_blanks_is_malformed() =>
        Assert.False(PracticeGrading.IsWellFormed(Blank("通风"), ["通风", "多余"]));
}
