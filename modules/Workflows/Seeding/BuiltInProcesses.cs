namespace SafetyPortal.Workflows.Seeding;

/// <summary>The embedded copies of workflows/*.bpmn (see the csproj).</summary>
public static class BuiltInProcesses
{
    public const string HazardRectification = "hazard-rectification";

    public static IEnumerable<(string Name, string Xml)> Read()
    {
        var assembly = typeof(BuiltInProcesses).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(BuiltInProcessSeeder.ResourcePrefix, StringComparison.Ordinal)).Order())
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[BuiltInProcessSeeder.ResourcePrefix.Length..], reader.ReadToEnd());
        }
    }

    public static string Xml(string key) =>
        Read().Single(p => p.Name == key + ".bpmn").Xml;
}
