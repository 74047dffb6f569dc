using Microsoft.AspNetCore.Http;

namespace SafetyPortal.Workflows.Api;

/// <summary>Reads a request body sent as BPMN XML (application/xml, text/xml or text/plain).</summary>
internal static class XmlBody
{
    public static async Task<string> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
