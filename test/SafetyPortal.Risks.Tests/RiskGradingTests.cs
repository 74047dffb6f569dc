using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Tests;

public sealed class RiskGradingTests
{
    [Theory]
    [InlineData(5, 5, RiskLevel.Major)]
    [InlineData(4, 5, RiskLevel.Major)]
    [InlineData(4, 4, RiskLevel.Significant)]
    [InlineData(3, 5, RiskLevel.Significant)]
    [InlineData(3, 4, RiskLevel.General)]
    [InlineData(3, 3, RiskLevel.General)]
    [InlineData(2, 4, RiskLevel.Low)]
    [InlineData(1, 1, RiskLevel.Low)]
    public void Risk_matrix_grades_L_times_S(int l, int s, RiskLevel expected)
    {
        var assessment = new RiskAssessment(AssessmentMethod.LS, l, null, s);
        Assert.Equal((l * s, expected), ((int)assessment.Score, assessment.Level));
    }

    [Theory]
    [InlineData(10, 6, 7, RiskLevel.Major)]        // 420
    [InlineData(6, 6, 7, RiskLevel.Significant)]   // 252
    [InlineData(1, 10, 15, RiskLevel.General)]     // 150
    [InlineData(0.5, 1, 1, RiskLevel.Low)]         // 0.5
    public void Lec_grades_L_times_E_times_C_with_the_Graham_Kinney_bands(double l, double e, double c, RiskLevel expected)
    {
        var assessment = new RiskAssessment(AssessmentMethod.LEC, (decimal)l, (decimal)e, (decimal)c);
        Assert.Equal(expected, assessment.Level);
    }

    [Theory]
    [InlineData(320, RiskLevel.Significant)]
    [InlineData(320.5, RiskLevel.Major)]
    [InlineData(160, RiskLevel.Significant)]
    [InlineData(159, RiskLevel.General)]
    [InlineData(70, RiskLevel.General)]
    [InlineData(69, RiskLevel.Low)]
    public void Lec_band_edges_are_where_the_standard_puts_them(double d, RiskLevel expected) =>
        Assert.Equal(expected, RiskGrading.GradeLec((decimal)d));

    [Fact]
    public void Out_of_scale_values_are_named_by_field()
    {
        Assert.Equal(["Likelihood", "Severity"], new RiskAssessment(AssessmentMethod.LS, 6, null, 0).InvalidFields());
        Assert.Equal(["Likelihood"], new RiskAssessment(AssessmentMethod.LS, 2.5m, null, 3).InvalidFields());
        Assert.Equal(["Exposure", "Severity"], new RiskAssessment(AssessmentMethod.LEC, 3, 4, 8).InvalidFields());
        Assert.Equal(["Exposure"], new RiskAssessment(AssessmentMethod.LEC, 3, null, 7).InvalidFields());
        Assert.Empty(new RiskAssessment(AssessmentMethod.LEC, 0.5m, 0.5m, 100).InvalidFields());
    }
}
