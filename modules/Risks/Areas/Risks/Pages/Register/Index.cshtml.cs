using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Register;

/// <summary>The risk register: an enterprise's points (or the town's, for town staff), filtered, searched, paged, exported.</summary>
[Authorize(Policy = RisksPermissions.Points.Default)]
public sealed class IndexModel(ReadRiskRegister register, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? EnterpriseId { get; set; }

    [BindProperty(SupportsGet = true)]
    public RiskLevel? Level { get; set; }

    [BindProperty(SupportsGet = true)]
    public KeySites? KeySite { get; set; }

    [BindProperty(SupportsGet = true)]
    public VerificationStatus? Verification { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<RiskPointDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanReport { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await register.ListAsync(new PageRequest(PageNumber, 50, Search),
            new RiskPointFilter(EnterpriseId, Level, null, KeySite, null, Verification), cancellationToken);
        CanReport = (await authorization.AuthorizeAsync(User, RisksPermissions.Points.Report)).Succeeded;
    }
}
