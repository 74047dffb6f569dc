using System.Text.Json;
using System.Text.Json.Serialization;

namespace SafetyPortal.Organization.Seeding;

internal static class DemoTownsReader
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task<IReadOnlyList<DemoTown>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(DemoTownsReader).Assembly.GetManifestResourceStream("SafetyPortal.Organization.demo-towns.json")
            ?? throw new InvalidOperationException("demo-towns.json is not embedded.");
        var data = await JsonSerializer.DeserializeAsync<DemoTowns>(stream, Options, cancellationToken);
        return data?.Towns ?? [];
    }
}
