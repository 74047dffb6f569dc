using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.Files;

/// <summary>
/// Checks the "Files" section when the host starts (ValidateOnStart), so a store that cannot work is a start-up error
/// naming the setting to fix, not a failed upload later.
/// </summary>
internal sealed class FileStoreOptionsValidation : IValidateOptions<FileStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, FileStoreOptions options)
    {
        if (!FileStoreOptions.TryParseProvider(options.Provider, out var provider))
        {
            return ValidateOptionsResult.Fail($"Files:Provider: '{options.Provider}' is not a known provider; use FileSystem or S3.");
        }
        if (provider != FileStoreProvider.S3)
        {
            return ValidateOptionsResult.Success;
        }
        var s3 = options.S3;
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(s3.ServiceUrl))
        {
            failures.Add("Files:S3:ServiceUrl: is empty; the S3 provider needs the store's address, e.g. http://minio:9000.");
        }
        else if (!Uri.TryCreate(s3.ServiceUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add($"Files:S3:ServiceUrl: '{s3.ServiceUrl}' is not an http:// or https:// address.");
        }
        if (string.IsNullOrWhiteSpace(s3.Bucket))
        {
            failures.Add("Files:S3:Bucket: is empty; the S3 provider needs the bucket the files are kept in.");
        }
        if (string.IsNullOrEmpty(s3.AccessKey) != string.IsNullOrEmpty(s3.SecretKey))
        {
            failures.Add("Files:S3:AccessKey and Files:S3:SecretKey: give both or neither (neither: the AWS SDK's environment credentials).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
