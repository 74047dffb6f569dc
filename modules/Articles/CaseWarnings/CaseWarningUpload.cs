using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>The multipart field "file" of an upload. Cookie sessions must send the antiforgery token; bearer clients are not open to cross-site posts.</summary>
public static class CaseWarningUpload
{
    public static async Task<IFormFile> ReadFileAsync(HttpContext http, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(http);
        var text = http.RequestServices.GetRequiredService<IStringLocalizer<ArticlesResource>>();
        if (!http.Request.HasFormContentType)
        {
            throw ValidationException.For("file", text["CaseWarning:UploadMissing"]);
        }
        var bearer = http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
        if (!bearer && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            throw ValidationException.For("__RequestVerificationToken", text["CaseWarning:AntiforgeryInvalid"]);
        }
        var form = await http.Request.ReadFormAsync(cancellationToken);
        return form.Files.GetFile("file") ?? throw ValidationException.For("file", text["CaseWarning:UploadMissing"]);
    }
}
