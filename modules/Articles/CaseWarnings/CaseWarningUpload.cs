using Microsoft.AspNetCore.Http;
using SafetyPortal.Platform.Files;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>The multipart field "file" of an upload (the kernel's <see cref="UploadForm"/>: antiforgery for cookie sessions).</summary>
public static class CaseWarningUpload
{
    public static async Task<IFormFile> ReadFileAsync(HttpContext http, CancellationToken cancellationToken) =>
        (await UploadForm.ReadFilesAsync(http, "file", cancellationToken))[0];
}
