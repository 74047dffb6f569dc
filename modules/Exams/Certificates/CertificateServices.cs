using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Platform.Certificates;
using SafetyPortal.Platform.Menus;

namespace SafetyPortal.Exams.Certificates;

/// <summary>Services and menu of certificates (证书); permissions are the exams' own (take: own certificates; manage: an exam's).</summary>
public static class CertificateServices
{
    public static IServiceCollection AddCertificates(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<CertificateOptions>(configuration.GetSection(CertificateOptions.Section));
        services.AddHttpContextAccessor();
        services.AddSingleton<CertificateFonts>();
        services.AddScoped<CertificateLinks>();
        services.AddScoped<CertificatePdf>();
        services.AddScoped<CertificateScope>();
        services.AddScoped<ICertificateIssuer, CertificateIssuer>();
        services.AddScoped<ExamCertificates>();
        services.AddScoped<ReadCertificates>();
        services.AddScoped<ManageCertificates>();
        services.AddScoped<IAttemptSubmittedHandler, ExamCertificateHandler>();
        return services;
    }

    public static void ConfigureMenu(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Exams.Certificates", "Menu:MyCertificates", typeof(ExamsResource), "/Exams/Certificates", "bi-award", 404,
            ExamsPermissions.Exams.Default));
        menu.Add(new MenuItem("Exams.ManageCertificates", "Menu:ManageCertificates", typeof(ExamsResource), "/Exams/Certificates/Manage", "bi-patch-check",
            408, ExamsPermissions.Exams.Manage));
    }
}
