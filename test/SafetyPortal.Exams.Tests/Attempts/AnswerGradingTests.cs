using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using static SafetyPortal.Exams.Tests.Attempts.SnapshotQuestions;

namespace SafetyPortal.Exams.Tests.Attempts;

public sealed class AnswerGradingTests
{
    private static readonly (bool, decimal)[] TwoOfFour = [(true, 50), (false, -50), (true, 50), (false, -50)];

    [Theory]
    [InlineData("B", 2)]
    [InlineData("b", 2)]
    [InlineData("A", 0)]
    [InlineData("Z", 0)]
    public void Single_choice_scores_only_the_correct_option(string chosen, decimal expected) =>
        Assert.Equal(expected, AnswerGrading.Grade(Choice(QuestionKind.SingleChoice, 2, [chosen], (false, 0), (true, 100), (false, 0)), MultipleChoiceScoring.AllOrNothing));

    [Fact]
    public void An_unanswered_question_scores_nothing() =>
        Assert.Equal(0, AnswerGrading.Grade(Choice(QuestionKind.TrueFalse, 1, [], (true, 100), (false, 0)), MultipleChoiceScoring.AllOrNothing));

    [Theory]
    [InlineData(new[] { "A", "C" }, 4)]
    [InlineData(new[] { "C", "A" }, 4)]
    [InlineData(new[] { "A" }, 0)]
    [InlineData(new[] { "A", "B", "C" }, 0)]
    public void Multiple_choice_all_or_nothing_needs_exactly_the_correct_set(string[] chosen, decimal expected) =>
        Assert.Equal(expected, AnswerGrading.Grade(Choice(QuestionKind.MultipleChoice, 4, chosen, TwoOfFour), MultipleChoiceScoring.AllOrNothing));

    [Theory]
    [InlineData(new[] { "A", "C" }, 4)]
    [InlineData(new[] { "A" }, 2)]
    [InlineData(new[] { "A", "B" }, 0)]
    [InlineData(new[] { "B", "D" }, 0)]
    public void Multiple_choice_with_partial_credit_sums_fractions_and_never_goes_below_zero(string[] chosen, decimal expected) =>
        Assert.Equal(expected, AnswerGrading.Grade(Choice(QuestionKind.MultipleChoice, 4, chosen, TwoOfFour), MultipleChoiceScoring.Partial));

    [Theory]
    [InlineData(new[] { "  通风 ", "检测" }, 4)]
    [InlineData(new[] { "ＣＯ", "检测" }, 4)]
    [InlineData(new[] { "co", "" }, 2)]
    [InlineData(new[] { "检测", "通风" }, 0)]
    [InlineData(new string[0], 0)]
    public void Fill_in_blanks_score_per_blank_after_trimming_and_folding_width_and_case(string[] answer, decimal expected) =>
        Assert.Equal(expected, AnswerGrading.Grade(Blanks(4, answer, ["通风", "CO"], ["检测"]), MultipleChoiceScoring.AllOrNothing));

    [Theory]
    [InlineData(GradingMethod.Highest, 90)]
    [InlineData(GradingMethod.First, 60)]
    [InlineData(GradingMethod.Last, 75)]
    [InlineData(GradingMethod.Average, 75)]
    public void The_grade_follows_the_exams_grading_method(GradingMethod method, decimal expected) =>
        Assert.Equal(expected, ExamGrade.Combine(method, [60, 90, 75]));

    [Fact]
    public void No_submitted_attempt_means_no_grade() => Assert.Null(ExamGrade.Combine(GradingMethod.Highest, []));
}
