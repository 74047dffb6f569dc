using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Tests;

public sealed class RiskCategoryVersioningTests
{
    [Fact]
    public void An_edit_adds_a_version_and_leaves_the_earlier_one_as_it_was()
    {
        var category = new RiskCategory { Id = Guid.NewGuid(), Code = "GEN-001" };
        var first = category.Publish(new RiskCategoryContent("Confined space", "Poisoning", ["Ventilate", "Test the air"], ["Permit?"], KeySites.ConfinedSpace), DateTime.UtcNow);
        var second = category.Publish(new RiskCategoryContent("Confined space work", null, ["Ventilate"], [], KeySites.ConfinedSpace), DateTime.UtcNow);

        Assert.Equal((1, 2, 2), (first.VersionNumber, second.VersionNumber, category.CurrentVersion));
        Assert.Equal("Confined space", first.Name);
        Assert.Equal(["Ventilate", "Test the air"], TextLines.Split(first.ControlMeasures));
        Assert.Equal("Confined space work", category.Name);
    }

    [Fact]
    public void History_lists_only_the_fields_that_changed()
    {
        var point = new RiskPoint { Name = "Press", Location = "Hall 1", Method = AssessmentMethod.LS, Likelihood = 3, Severity = 3, Score = 9, Level = RiskLevel.General };
        var before = RiskPointHistory.Snapshot(point, "MC-001");
        point.Assess(new RiskAssessment(AssessmentMethod.LS, 4, null, 4));
        var lines = TextLines.Split(RiskPointHistory.Describe(before, RiskPointHistory.Snapshot(point, "MC-001")));
        Assert.Equal(["Likelihood: 3 → 4", "Severity: 3 → 4", "Score: 9 → 16", "Level: General → Significant"], lines);
    }
}
