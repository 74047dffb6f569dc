namespace SafetyPortal.Platform.Risks;

/// <summary>The risk categories present in an enterprise's risk register (风险点 in force); implemented by the Risks module.</summary>
public interface IEnterpriseRiskCategories
{
    /// <summary>The distinct category codes of the enterprise's active risk points in the current town.</summary>
    Task<IReadOnlyList<string>> GetCodesAsync(Guid enterpriseId, CancellationToken cancellationToken = default);
}
