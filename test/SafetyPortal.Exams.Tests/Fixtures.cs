namespace SafetyPortal.Exams.Tests;

/// <summary>The real Moodle XML fixtures copied beside the tests.</summary>
internal static class Fixtures
{
    public static FileStream Open(string name) => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));
}
