using System.Net.Http.Headers;
using System.Net.Http.Json;
using MiniExcelLibs;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>Uploads spreadsheets to the import API the way the page's form does, and waits for the job.</summary>
public static class ImportClient
{
    public const string Api = "/api/organization/import";

    /// <summary>An .xlsx whose first row is the headers, written by MiniExcel as a user's Excel would hold it.</summary>
    public static byte[] Workbook(IReadOnlyList<string> headers, params object?[][] rows)
    {
        using var stream = new MemoryStream();
        var sheet = rows.Prepend(headers.Cast<object?>().ToArray())
            .Select(r => headers.Select((_, i) => (Key: ((char)('A' + i)).ToString(), Value: i < r.Length ? r[i] : null))
                .ToDictionary(c => c.Key, c => c.Value));
        stream.SaveAs(sheet, printHeader: false);
        return stream.ToArray();
    }

    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, string kind, string fileName, byte[] content)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Organization/Import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"{Api}/{kind}", form);
    }

    /// <summary>Uploads, expects the job to be accepted, and polls it until it is done (bounded: one minute).</summary>
    public static async Task<ImportJobDocument> ImportAsync(this PortalClient client, string kind, string fileName, byte[] content)
    {
        var response = await client.UploadAsync(kind, fileName, content);
        Assert.True(response.StatusCode == System.Net.HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var job = await client.WaitAsync(response.Headers.Location!.ToString());
        Assert.True(job.Status == "Completed", $"Import of {fileName}: {job.Status}, {job.FileError}");
        return job;
    }

    public static async Task<ImportJobDocument> WaitAsync(this PortalClient client, string jobUrl, List<ImportJobDocument>? seen = null)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (true)
        {
            var job = (await client.Http.GetFromJsonAsync<ImportJobDocument>(jobUrl))!;
            seen?.Add(job);
            if (job.Status is "Completed" or "Failed")
            {
                return job;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Import job still {job.Status} after a minute");
            await Task.Delay(100);
        }
    }
}
