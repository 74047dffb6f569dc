using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Articles.CaseWarnings;

namespace SafetyPortal.Articles.Related;

/// <summary>GET /api/articles/case-warnings/{id}/related: the courses and quiz size on an article's risk categories.</summary>
public static class RelatedLearningApi
{
    public static IEndpointRouteBuilder MapRelatedLearningApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/articles/case-warnings/{id:guid}/related", async (Guid id, ReadCaseWarnings read, RelatedLearning related,
                CancellationToken ct) => await related.ForRiskCategoriesAsync((await read.GetAsync(id, ct)).RiskCategories, ct))
            .WithTags("Articles").RequireAuthorization(ArticlesPermissions.CaseWarnings.Default).WithName("GetCaseWarningRelatedLearning");
        return endpoints;
    }
}
