namespace SafetyPortal.Risks.Domain;

/// <summary>
/// A risk point's assessment with the numbers kept: LS uses Likelihood × Severity (R), LEC uses
/// Likelihood × Exposure × Severity (the C, consequence) (D). The level follows from the score
/// (see <see cref="RiskGrading"/>).
/// </summary>
public sealed record RiskAssessment(AssessmentMethod Method, decimal Likelihood, decimal? Exposure, decimal Severity)
{
    public decimal Score => Method == AssessmentMethod.LS ? Likelihood * Severity : Likelihood * (Exposure ?? 0) * Severity;

    public RiskLevel Level => Method == AssessmentMethod.LS ? RiskGrading.GradeLs(Score) : RiskGrading.GradeLec(Score);

    /// <summary>Names of the values outside their method's scale ("Method", "Likelihood", "Exposure", "Severity").</summary>
    public IReadOnlyList<string> InvalidFields()
    {
        var invalid = new List<string>();
        switch (Method)
        {
            case AssessmentMethod.LS:
                if (!RiskGrading.IsLsValue(Likelihood)) { invalid.Add(nameof(Likelihood)); }
                if (!RiskGrading.IsLsValue(Severity)) { invalid.Add(nameof(Severity)); }
                break;
            case AssessmentMethod.LEC:
                if (!RiskGrading.LecLikelihoods.Contains(Likelihood)) { invalid.Add(nameof(Likelihood)); }
                if (Exposure is not { } e || !RiskGrading.LecExposures.Contains(e)) { invalid.Add(nameof(Exposure)); }
                if (!RiskGrading.LecConsequences.Contains(Severity)) { invalid.Add(nameof(Severity)); }
                break;
            default:
                invalid.Add(nameof(Method));
                break;
        }
        return invalid;
    }
}
