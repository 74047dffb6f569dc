using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Certificates;

/// <summary>证书验证: public, no sign-in. A serial (from the QR code or typed) shows what the certificate says and whether it stands; an unknown one is a 404 page.</summary>
[AllowAnonymous]
public sealed class VerifyModel(ReadCertificates certificates) : PageModel
{
    public string? Serial { get; private set; }

    public CertificateVerificationDto? Result { get; private set; }

    public async Task OnGetAsync(string? serial, string? q, CancellationToken cancellationToken)
    {
        Serial = (serial ?? q)?.Trim();
        if (string.IsNullOrEmpty(Serial))
        {
            return;
        }
        try
        {
            Result = await certificates.VerifyAsync(Serial, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
        }
    }
}
