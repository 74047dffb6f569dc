using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/papers: fixed and rule-based papers; saving checks each rule against the bank (<c>rules[i]</c>).</summary>
public static class PapersApi
{
    public static IEndpointRouteBuilder MapPapersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/papers").WithTags("Exams").RequireAuthorization(ExamsPermissions.Exams.Manage);
        group.MapGet("/", (ManagePapers papers, [AsParameters] PageRequest page, CancellationToken ct) => papers.ListAsync(page, ct))
            .WithName("ListPapers");
        group.MapGet("/{id:guid}", (Guid id, ManagePapers papers, CancellationToken ct) => papers.GetAsync(id, ct)).WithName("GetPaper");
        group.MapPost("/", async Task<Created<PaperDto>> (SavePaperRequest request, ManagePapers papers, CancellationToken ct) =>
            {
                var created = await papers.CreateAsync(request, ct);
                return TypedResults.Created($"/api/exams/papers/{created.Id}", created);
            })
            .WithName("CreatePaper").ProducesValidationProblem();
        group.MapPut("/{id:guid}", (Guid id, SavePaperRequest request, ManagePapers papers, CancellationToken ct) => papers.UpdateAsync(id, request, ct))
            .WithName("UpdatePaper").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/check-rules", (IReadOnlyList<PaperRuleRequest> rules, CheckPaperRules check, CancellationToken ct) => check.CheckAsync(rules, ct))
            .WithName("CheckPaperRules");
        return endpoints;
    }
}
