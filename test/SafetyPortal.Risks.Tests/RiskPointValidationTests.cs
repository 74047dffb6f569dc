using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Tests;

public sealed class RiskPointValidationTests
{
    private static SaveRiskPointRequest Valid() => new(null, "MC-001", "Press line", "Workshop 1", null, AssessmentMethod.LS, 3, null, 3,
        null, null, [new MeasureRequest("Check the light curtain", MeasureFrequency.Daily, "Operator")]);

    private static IDictionary<string, string[]> Errors(SaveRiskPointRequest request) =>
        RiskPointValidation.Check(request, new KeyText()).ToDictionary();

    [Fact]
    public void A_complete_general_risk_point_passes() => Assert.Empty(Errors(Valid()));

    [Fact]
    public void Major_risk_without_responsible_person_is_rejected()
    {
        var errors = Errors(Valid() with { Likelihood = 5, Severity = 4 });
        Assert.Equal(["MajorRiskNeedsResponsiblePerson"], errors["ResponsiblePerson"]);
        Assert.Empty(Errors(Valid() with { Likelihood = 5, Severity = 4, ResponsiblePerson = "Li Jun" }));
    }

    [Fact]
    public void Out_of_range_matrix_values_name_their_field_and_scale()
    {
        var errors = Errors(Valid() with { Likelihood = 6, Severity = 0 });
        Assert.Equal(["InvalidLSLikelihood"], errors["Likelihood"]);
        Assert.Equal(["InvalidLSSeverity"], errors["Severity"]);
        Assert.Equal(["InvalidLECExposure"], Errors(Valid() with { Method = AssessmentMethod.LEC, Likelihood = 3, Exposure = 4, Severity = 7 })["Exposure"]);
        Assert.Equal(["ValueUnknown"], Errors(Valid() with { Method = (AssessmentMethod)9 })["Method"]);
    }

    [Fact]
    public void Missing_texts_and_incomplete_measures_are_named()
    {
        var errors = Errors(Valid() with { CategoryCode = " ", Name = null, Location = "", Measures = [new MeasureRequest("", (MeasureFrequency)0, null)] });
        Assert.Equal(["CategoryCode", "Location", "Measures[0].Description", "Measures[0].Frequency", "Measures[0].ResponsibleRole", "Name"],
            errors.Keys.Order(StringComparer.Ordinal));
    }
}
