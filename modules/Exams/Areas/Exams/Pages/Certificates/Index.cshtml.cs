using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Certificates;

/// <summary>我的证书: the user's certificates, newest first, with the printable page and the PDF.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Default)]
public sealed class IndexModel(ReadCertificates certificates) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNo { get; set; } = 1;

    public PagedResult<CertificateDto> Certificates { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Certificates = await certificates.MineAsync(new PageRequest(PageNo), cancellationToken);
}
