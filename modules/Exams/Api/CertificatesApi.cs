using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Exams.Api;

/// <summary>/api/exams/certificates: 我的证书, one certificate (JSON, PDF, QR code), revoking, an exam's certificates, and the anonymous verification.</summary>
public static class CertificatesApi
{
    private const string PdfType = "application/pdf";

    public static IEndpointRouteBuilder MapCertificatesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/exams/certificates").WithTags("Certificates").RequireAuthorization(ExamsPermissions.Exams.Default);
        group.MapGet("/my", (ReadCertificates certificates, [AsParameters] PageRequest page, CancellationToken ct) => certificates.MineAsync(page, ct))
            .WithName("ListMyCertificates");
        group.MapGet("/{id:guid}", (Guid id, ReadCertificates certificates, CancellationToken ct) => certificates.GetAsync(id, ct))
            .WithName("GetCertificate");
        group.MapGet("/{id:guid}/pdf", async Task<IResult> (Guid id, ReadCertificates certificates, CertificatePdf pdf, CancellationToken ct) =>
            {
                var certificate = await certificates.GetAsync(id, ct);
                try
                {
                    return TypedResults.File(pdf.Render(certificate), PdfType, certificate.Serial + ".pdf");
                }
                catch (CertificateFontMissingException missing)
                {
                    return TypedResults.Problem(missing.Message, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Certificate font missing");
                }
            })
            .WithName("GetCertificatePdf").Produces(StatusCodes.Status200OK, contentType: PdfType).ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        group.MapGet("/{id:guid}/qr", async Task<FileContentHttpResult> (Guid id, ReadCertificates certificates, CancellationToken ct) =>
                TypedResults.File(CertificateQrCode.Png((await certificates.GetAsync(id, ct)).VerifyUrl), "image/png"))
            .WithName("GetCertificateQrCode").Produces(StatusCodes.Status200OK, contentType: "image/png");
        group.MapPost("/{id:guid}/revoke", (Guid id, RevokeCertificateRequest request, ManageCertificates certificates, CancellationToken ct) =>
                certificates.RevokeAsync(id, request, ct))
            .WithName("RevokeCertificate").RequireAuthorization(ExamsPermissions.Exams.Manage)
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        endpoints.MapGet("/api/exams/certificates/verify/{serial}", (string serial, ReadCertificates certificates, CancellationToken ct) =>
                certificates.VerifyAsync(serial, ct))
            .WithTags("Certificates").WithName("VerifyCertificate").AllowAnonymous().ProducesProblem(StatusCodes.Status404NotFound);

        var exams = endpoints.MapGroup("/api/exams/exams/{examId:guid}/certificates").WithTags("Certificates")
            .RequireAuthorization(ExamsPermissions.Exams.Manage);
        exams.MapGet("/", (Guid examId, ManageCertificates certificates, [AsParameters] PageRequest page, CancellationToken ct) =>
                certificates.ListForExamAsync(examId, page, ct))
            .WithName("ListExamCertificates");
        exams.MapGet("/export", async Task<FileStreamHttpResult> (Guid examId, string? search, ManageCertificates certificates, CancellationToken ct) =>
            {
                var (headers, rows) = await certificates.ExportAsync(examId, search, ct);
                return TypedResults.File(await Workbooks.WriteAsync(rows, headers, ct), Workbooks.ContentType, "certificates.xlsx");
            })
            .WithName("ExportExamCertificates").Produces(StatusCodes.Status200OK, contentType: Workbooks.ContentType);
        return endpoints;
    }
}
