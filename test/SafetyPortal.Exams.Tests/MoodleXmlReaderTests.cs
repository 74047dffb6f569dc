using System.Text;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Interop;

namespace SafetyPortal.Exams.Tests;

public sealed class MoodleXmlReaderTests
{
    [Fact]
    public void A_category_pseudo_question_files_the_questions_after_it_and_keeps_its_description()
    {
        using var file = Fixtures.Open("category_with_description.xml");
        var read = MoodleXmlReader.Read(file);

        var question = Assert.Single(read.Questions);
        Assert.Equal(["Alpha"], question.CategoryPath);
        Assert.Equal("Alpha Question", question.Name);
        Assert.Equal(QuestionKind.TrueFalse, question.Content!.Kind);
        Assert.Equal("<p>Testing Alpha Question</p>", question.Content.Stem);
        Assert.Equal([true, false], question.Content.Options!.Select(o => o.IsCorrect));
        Assert.Equal("This is Alpha category for test", read.CategoryDescriptions[QuestionFile.PathKey(["Alpha"])]);
    }

    [Fact]
    public void Nested_module_categories_become_a_path_of_three_levels()
    {
        using var file = Fixtures.Open("nested_categories.xml");
        var question = Assert.Single(MoodleXmlReader.Read(file).Questions);

        Assert.Equal(["Delta", "Epsilon", "Zeta"], question.CategoryPath);
        Assert.Equal("Zeta Question", question.Name);
    }

    [Fact]
    public void An_essay_question_is_reported_as_unsupported_by_name_and_the_others_are_read()
    {
        using var file = Fixtures.Open("nested_categories_with_questions.xml");
        var questions = MoodleXmlReader.Read(file).Questions;

        Assert.Equal(5, questions.Count);
        var essay = Assert.Single(questions, q => q.Content is null);
        Assert.Equal((2, "Kappa Essay Question", ParseProblem.UnsupportedType, "essay"), (essay.Index, essay.Name, essay.Problem!.Value, essay.Detail));
        Assert.Equal([["Iota"], ["Iota", "Kappa"], ["Iota", "Kappa", "Lambda"], ["Iota", "Mu"]],
            questions.Where(q => q.Content is not null).Select(q => q.CategoryPath.ToArray()));
    }

    [Fact]
    public void Html_characters_in_idnumbers_do_not_disturb_reading()
    {
        using var file = Fixtures.Open("html_chars_in_idnumbers.xml");
        var question = Assert.Single(MoodleXmlReader.Read(file).Questions);
        Assert.NotNull(question.Content);
    }

    [Fact]
    public void Multiple_choice_fractions_are_read_as_written_so_the_rules_can_refuse_invalid_grades()
    {
        using var file = Fixtures.Open("error_invalid_grades.xml");
        var question = Assert.Single(MoodleXmlReader.Read(file).Questions);

        Assert.Equal("Question with invalid grades : x > 1 & x < 2", question.Name);
        Assert.Equal(QuestionKind.MultipleChoice, question.Content!.Kind);
        Assert.Equal([-50m, 33m, 33.33333m, -50m, 33.33333m], question.Content.Options!.Select(o => o.Fraction!.Value));
        Assert.Equal([false, true, true, false, true], question.Content.Options!.Select(o => o.IsCorrect));
    }

    [Fact]
    public void A_file_that_is_not_xml_is_refused_as_a_whole()
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes("this is { not xml"));
        var error = Assert.Throws<QuestionFileException>(() => MoodleXmlReader.Read(content));
        Assert.Equal(ParseProblem.NotTheFormat, error.Problem);
    }

    [Fact]
    public void A_document_type_definition_is_refused_so_no_entity_is_expanded()
    {
        const string xml = "<?xml version=\"1.0\"?><!DOCTYPE quiz [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><quiz>&x;</quiz>";
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        Assert.Throws<QuestionFileException>(() => MoodleXmlReader.Read(content));
    }

    [Fact]
    public void A_multichoice_without_a_positive_fraction_has_no_correct_answer()
    {
        const string xml = """
            <quiz><question type="multichoice"><name><text>Q</text></name><questiontext format="html"><text>Pick</text></questiontext>
            <single>true</single><answer fraction="0"><text>a</text></answer><answer fraction="0"><text>b</text></answer></question>
            <question type="shortanswer"><name><text>S</text></name><questiontext format="html"><text>Capital?</text></questiontext>
            <answer fraction="100"><text>Beijing</text></answer><answer fraction="100"><text>北京</text></answer></question></quiz>
            """;
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var questions = MoodleXmlReader.Read(content).Questions;

        Assert.Equal(ParseProblem.NoCorrectAnswer, questions[0].Problem);
        Assert.Equal(QuestionKind.FillInBlank, questions[1].Content!.Kind);
        Assert.Equal(["Beijing", "北京"], Assert.Single(questions[1].Content!.Blanks!).AcceptedAnswers!);
    }
}
