using System.Text.Json;

namespace SafetyPortal.Platform.Files;

/// <summary>The small JSON object every store keeps beside a file's bytes ({id}.json): the <see cref="StoredFile"/>.</summary>
public static class StoredFileJson
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Serialize(StoredFile file) => JsonSerializer.Serialize(file, Json);

    public static ValueTask<StoredFile?> DeserializeAsync(Stream json, CancellationToken cancellationToken) =>
        JsonSerializer.DeserializeAsync<StoredFile>(json, Json, cancellationToken);
}
