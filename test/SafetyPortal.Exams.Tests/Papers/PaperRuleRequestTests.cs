using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Tests.Papers;

public sealed class PaperRuleRequestTests
{
    [Fact]
    public void A_rule_is_stored_with_its_conditions_and_a_blank_risk_category_as_none()
    {
        var paperId = Guid.NewGuid();
        var rule = new PaperRuleRequest(Guid.NewGuid(), "  ", QuestionKind.TrueFalse, 3, 5, 2, Personalised: true).ToRule(null, paperId, 4);
        Assert.Null(rule.RiskCategoryCode);
        Assert.Equal((paperId, 4, QuestionKind.TrueFalse, 3, 5, 2m, true),
            (rule.PaperId, rule.SortOrder, rule.Kind, rule.Difficulty, rule.Count, rule.Points, rule.Personalised));
        Assert.Equal("PM-001", new PaperRuleRequest(null, " PM-001 ", null, null, 1, 1).ToRule(null, paperId, 0).RiskCategoryCode);
    }
}
