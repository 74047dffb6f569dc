using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Interop;

namespace SafetyPortal.Exams.Tests;

public sealed class AikenReaderTests
{
    [Fact]
    public void Good_blocks_are_read_and_a_block_without_answer_line_is_rejected()
    {
        const string aiken = """
            安全帽的主要作用是？
            A. 防止物体打击头部
            B) 装饰
            ANSWER: A

            没有答案行的题目
            A. 甲
            B. 乙
            灭火器的压力表指针应在哪个区域？
            A. 红区
            B. 绿区
            C. 黄区
            ANSWER: B
            多选：属于特种作业的是
            A. 电工作业
            B. 焊接与热切割作业
            C. 文员
            ANSWER: A, B
            答案不是选项的题目
            A. 甲
            B. 乙
            ANSWER: D
            """;
        var questions = AikenReader.Read(aiken).Questions;

        Assert.Equal(5, questions.Count);
        Assert.Equal(QuestionKind.SingleChoice, questions[0].Content!.Kind);
        Assert.Equal([true, false], questions[0].Content!.Options!.Select(o => o.IsCorrect));
        Assert.Equal((2, "没有答案行的题目", ParseProblem.NoAnswerLine), (questions[1].Index, questions[1].Name, questions[1].Problem!.Value));
        Assert.Equal([false, true, false], questions[2].Content!.Options!.Select(o => o.IsCorrect));
        Assert.Equal(QuestionKind.MultipleChoice, questions[3].Content!.Kind);
        Assert.Equal(ParseProblem.AnswerNotAnOption, questions[4].Problem);
    }

    [Fact]
    public void Options_at_the_end_of_the_file_without_answer_line_are_rejected()
    {
        var question = Assert.Single(AikenReader.Read("题目\nA. 甲\nB. 乙\n").Questions);
        Assert.Equal(ParseProblem.NoAnswerLine, question.Problem);
    }
}
