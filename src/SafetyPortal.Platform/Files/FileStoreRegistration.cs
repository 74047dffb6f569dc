using Amazon.S3;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files.S3;

namespace SafetyPortal.Platform.Files;

internal static class FileStoreRegistration
{
    /// <summary>
    /// The "Files" options (checked when the host starts) and the store Files:Provider names: a folder by default, an
    /// S3 bucket with its client and a readiness check of the bucket. An unknown provider fails the start.
    /// </summary>
    public static void AddPortalFileStore(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(FileStoreOptions.Section);
        services.AddOptions<FileStoreOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FileStoreOptions>, FileStoreOptionsValidation>();
        services.AddScoped<FileIntake>();
        if (FileStoreOptions.TryParseProvider(section[nameof(FileStoreOptions.Provider)], out var provider) && provider == FileStoreProvider.S3)
        {
            services.AddSingleton<IAmazonS3>(resolver => S3Clients.Create(resolver.GetRequiredService<IOptions<FileStoreOptions>>().Value.S3));
            services.AddScoped<IFileStore, S3FileStore>();
            services.AddHealthChecks().AddCheck<S3BucketHealthCheck>("files", tags: [DatabaseReadyHealthCheck.ReadyTag]);
        }
        else
        {
            services.AddScoped<IFileStore, FileSystemFileStore>();
        }
    }
}
