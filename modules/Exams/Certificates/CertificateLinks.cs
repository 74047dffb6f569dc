using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Exams.Certificates;

/// <summary>The absolute verification URL of a serial: from Certificates:PublicBaseUrl, else from the current request.</summary>
public sealed class CertificateLinks(IOptions<CertificateOptions> options, IHttpContextAccessor http)
{
    public const string VerifyPath = "/Exams/Certificates/Verify/";

    public string VerifyUrl(string serial)
    {
        var configured = options.Value.PublicBaseUrl?.Trim().TrimEnd('/');
        var request = http.HttpContext?.Request;
        var root = !string.IsNullOrEmpty(configured) ? configured
            : request is null ? "" : $"{request.Scheme}://{request.Host}{request.PathBase}";
        return root + VerifyPath + Uri.EscapeDataString(serial);
    }
}
