using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace SafetyPortal.Inspections.Photos;

public static class PhotoResults
{
    /// <summary>A photo as the API serves it: with its name as a download, in byte ranges; a thumbnail inline.</summary>
    public static FileStreamHttpResult Of((string Name, string ContentType, Stream Content) photo, bool thumbnail) =>
        TypedResults.File(photo.Content, photo.ContentType, thumbnail ? null : photo.Name, enableRangeProcessing: true);
}
