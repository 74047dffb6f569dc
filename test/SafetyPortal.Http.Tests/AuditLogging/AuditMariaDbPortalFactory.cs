using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.AuditLogging;

/// <summary>The MariaDB host plus the audit tests' phone-number write path.</summary>
public sealed class AuditMariaDbPortalFactory : MariaDbPortalFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, PhoneNumberTestPath>());
    }
}
