using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Interop;

namespace SafetyPortal.Exams.Tests;

public sealed class GiftReaderTests
{
    private const string Sample = """
        // a comment
        $CATEGORY: $course$/top/安全/电气

        ::单选::触电后首先应当{=切断电源#对 ~直接拉人 ~泼水}。

        ::多选::动火作业需要 {~%50%动火证 ~%50%监护人 ~%-100%无需准备
        ####见动火作业规范}

        ::判断::有限空间作业可以单人进行。{F}

        ::填空::火警电话是 {=119 =一一九}

        ::未闭合::这一题的答案块 {=没有 ~闭合

        ::数值::圆周率约为 {#3.14:0.01}

        ::无答案::哪一个正确？{~甲 ~乙}

        ::转义::1 \= 1 是 \{ 等式 \} 吗？{T}
        """;

    private static List<ParsedQuestion> Read() => GiftReader.Read(Sample).Questions;

    [Fact]
    public void Single_choice_with_feedback_and_a_missing_word_is_read()
    {
        var question = Read()[0];
        Assert.Equal(["安全", "电气"], question.CategoryPath);
        Assert.Equal(QuestionKind.SingleChoice, question.Content!.Kind);
        Assert.Equal("触电后首先应当 ____ 。", question.Content.Stem);
        Assert.Equal([("切断电源", true, "对"), ("直接拉人", false, null), ("泼水", false, null)],
            question.Content.Options!.Select(o => (o.Text!, o.IsCorrect, o.Feedback)));
    }

    [Fact]
    public void Weighted_answers_make_a_multiple_choice_question_with_its_general_feedback()
    {
        var question = Read()[1];
        Assert.Equal(QuestionKind.MultipleChoice, question.Content!.Kind);
        Assert.Equal([50m, 50m, -100m], question.Content.Options!.Select(o => o.Fraction!.Value));
        Assert.Equal("见动火作业规范", question.Content.Explanation);
    }

    [Fact]
    public void True_false_and_short_answer_are_read()
    {
        var questions = Read();
        Assert.Equal(QuestionKind.TrueFalse, questions[2].Content!.Kind);
        Assert.Equal([false, true], questions[2].Content!.Options!.Select(o => o.IsCorrect));
        Assert.Equal(QuestionKind.FillInBlank, questions[3].Content!.Kind);
        Assert.Equal(["119", "一一九"], Assert.Single(questions[3].Content!.Blanks!).AcceptedAnswers!);
    }

    [Fact]
    public void An_unclosed_block_is_rejected_and_the_questions_after_it_are_still_read()
    {
        var questions = Read();
        Assert.Equal((5, "未闭合", ParseProblem.UnclosedBlock), (questions[4].Index, questions[4].Name, questions[4].Problem!.Value));
        Assert.Equal((ParseProblem.UnsupportedType, "numerical"), (questions[5].Problem!.Value, questions[5].Detail));
        Assert.Equal(ParseProblem.NoCorrectAnswer, questions[6].Problem);
        Assert.Equal("1 = 1 是 { 等式 } 吗？", questions[7].Content!.Stem);
        Assert.Equal(8, questions.Count);
    }
}

public sealed class GiftReaderEdgeTests
{
    [Fact]
    public void Names_followed_directly_by_text_and_blocks_at_the_end_are_read()
    {
        const string gift = "::好题一::安全帽的作用是{=防护头部 ~装饰}\n\n::未闭合::答案块没有闭合 {=甲 ~乙\n\n::无正确答案::下面哪个对？{~甲 ~乙}\n\n::好题二::动火需要审批。{T}\n";
        var questions = GiftReader.Read(gift).Questions;
        Assert.Equal([null, ParseProblem.UnclosedBlock, ParseProblem.NoCorrectAnswer, null], questions.Select(q => q.Problem));
    }
}
