using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Certificates;

/// <summary>证书管理: one exam's certificates (search by holder or serial, paging, Excel), revoking one with a reason.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Manage)]
public sealed class ManageModel(ManageExams exams, ManageCertificates certificates, IStringLocalizer<ExamsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ExamId { get; set; }

    [BindProperty(SupportsGet = true)]
    public int PageNo { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public IReadOnlyList<ExamDto> Exams { get; private set; } = [];

    public PagedResult<CertificateDto>? Certificates { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Exams = (await exams.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken)).Items;
        if (ExamId is { } examId)
        {
            Certificates = await certificates.ListForExamAsync(examId, new PageRequest(PageNo, Search: Search), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? reason, string? concurrencyStamp, CancellationToken cancellationToken)
    {
        try
        {
            var revoked = await certificates.RevokeAsync(id, new RevokeCertificateRequest(reason, concurrencyStamp), cancellationToken);
            TempData["Message"] = text["Certificates.Manage.Revoked", revoked.Serial].Value;
        }
        catch (ValidationException invalid)
        {
            TempData["Error"] = string.Join(" ", invalid.Errors.ToDictionary().SelectMany(e => e.Value));
        }
        return RedirectToPage(new { ExamId, PageNo, Search });
    }
}
