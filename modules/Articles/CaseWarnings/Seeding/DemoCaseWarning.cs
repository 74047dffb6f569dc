namespace SafetyPortal.Articles.CaseWarnings.Seeding;

/// <summary>One demo article as demo-case-warnings.json holds it.</summary>
internal sealed record DemoCaseWarning(string IssueNumber, string Title, string Summary, string ViolationType, string LegalBasis, string Penalty,
    string KeySites, string[] Industries, string[] RiskCategories, DateTime PublishAt, string Markdown);
