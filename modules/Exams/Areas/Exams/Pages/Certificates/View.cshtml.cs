using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Certificates;

/// <summary>The certificate as a printable A4 landscape sheet (its holder or a manager; others 404), with its QR code.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Default)]
public sealed class ViewModel(ReadCertificates certificates) : PageModel
{
    public CertificateDto Certificate { get; private set; } = null!;

    public string QrSvg { get; private set; } = "";

    /// <summary>The day of issue in China time.</summary>
    public string IssuedDate => LocalTimeTagHelper.FormatChinaTime(Certificate.IssuedAt, "yyyy-MM-dd");

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Certificate = await certificates.GetAsync(id, cancellationToken);
        QrSvg = CertificateQrCode.Svg(Certificate.VerifyUrl);
    }
}
