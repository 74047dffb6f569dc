using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Tests.Files;

/// <summary>The services a file store needs, registered the way the host does it from "Files" settings.</summary>
internal static class FileStoreServices
{
    public static ServiceProvider Build(IDictionary<string, string?> settings, string contentRoot)
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddLocalization(options => options.ResourcesPath = "Resources");
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = contentRoot, ContentRootFileProvider = new NullFileProvider() });
        collection.AddSingleton<ICurrentTenant, CurrentTenant>();
        collection.AddSingleton(TimeProvider.System);
        collection.AddPortalFileStore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        return collection.BuildServiceProvider();
    }
}
