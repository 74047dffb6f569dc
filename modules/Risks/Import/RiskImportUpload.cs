using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Import;

namespace SafetyPortal.Risks.Import;

/// <summary>An uploaded workbook run through one of the risk imports; a file that cannot be read becomes the report's FileError.</summary>
public static class RiskImportUpload
{
    public static async Task<RiskImportResult> RunAsync(IFormFile? file, IStringLocalizer text, Func<Stream, ImportFileFormat, Task<ImportReport>> run)
    {
        if (file is null || file.Length == 0)
        {
            return RiskImportResult.From(new ImportReport { FileError = text["ImportFileEmpty"] });
        }
        await using var content = new MemoryStream();
        await file.CopyToAsync(content);
        content.Position = 0;
        try
        {
            return RiskImportResult.From(await run(content, SheetReader.DetectFormat(file.FileName, content, text)));
        }
        catch (ImportFileException ex)
        {
            return RiskImportResult.From(new ImportReport { FileError = ex.Message });
        }
    }
}
