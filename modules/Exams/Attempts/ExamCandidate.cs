using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Risks;

namespace SafetyPortal.Exams.Attempts;

/// <summary>The signed-in candidate: id, and whether an exam's audience (enterprise, roles) includes them.</summary>
public sealed class ExamCandidate(IHttpContextAccessor http, IUserOrganizationUnitLookup units, IEnterpriseRiskCategories risks)
{
    private IReadOnlyList<UserOrganizationUnit>? _units;

    private ClaimsPrincipal User => http.HttpContext?.User ?? throw new ForbiddenException("Not signed in.");

    public Guid Id => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : throw new ForbiddenException("Not signed in.");

    /// <summary>The risk categories of the candidate's enterprise register and the candidate's position there (none for town staff).</summary>
    public async Task<CandidateProfile> ProfileAsync(CancellationToken cancellationToken)
    {
        var membership = await EnterpriseMembershipAsync(cancellationToken);
        var codes = membership?.EnterpriseId is { } enterprise ? await risks.GetCodesAsync(enterprise, cancellationToken) : [];
        return new CandidateProfile(codes, membership?.Position);
    }

    /// <summary>The candidate's membership of an enterprise (the first one), or null for town and bureau staff.</summary>
    public async Task<UserOrganizationUnit?> EnterpriseMembershipAsync(CancellationToken cancellationToken)
    {
        _units ??= await units.GetForUserAsync(Id, cancellationToken);
        return _units.FirstOrDefault(u => u.EnterpriseId is not null);
    }

    public async Task<bool> IsInAudienceAsync(Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var roles = exam.RoleList;
        if (roles.Count > 0 && !roles.Any(User.IsInRole))
        {
            return false;
        }
        if (exam.EnterpriseId is not { } enterprise)
        {
            return true;
        }
        _units ??= await units.GetForUserAsync(Id, cancellationToken);
        return _units.Any(u => u.EnterpriseId == enterprise);
    }
}
