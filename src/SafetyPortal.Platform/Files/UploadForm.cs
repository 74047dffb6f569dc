using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Platform.Files;

/// <summary>
/// The files of one multipart field of an upload request. A cookie session must send the antiforgery token (a form on
/// another site could post with the user's cookie); a bearer client is not open to such cross-site posts.
/// </summary>
public static class UploadForm
{
    /// <summary>At least one file, else a 400 on the field; a cookie session without a valid token gets a 400 on the token.</summary>
    public static async Task<IReadOnlyList<IFormFile>> ReadFilesAsync(HttpContext http, string field, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<PlatformResource>>();
        if (!http.Request.HasFormContentType)
        {
            throw ValidationException.For(field, text["UploadMissing"]);
        }
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            throw ValidationException.For("__RequestVerificationToken", text["UploadPageExpired"]);
        }
        var files = (await http.Request.ReadFormAsync(cancellationToken)).Files.GetFiles(field);
        return files.Count > 0 ? files : throw ValidationException.For(field, text["UploadMissing"]);
    }
}
