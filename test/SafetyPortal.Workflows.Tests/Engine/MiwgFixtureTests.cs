using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Validation;
using Xunit.Abstractions;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>
/// The BPMN MIWG reference models (Fixtures/bpmn-miwg): each is read without a crash; what the engine does not run is
/// reported by element id. The report (which models are accepted, which rejected and why) is written to the test output.
/// </summary>
public sealed class MiwgFixtureTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bpmn-miwg");

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.bpmn").Select(f => Path.GetFileName(f)).Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_reference_model_is_read_and_every_problem_names_an_element(string file)
    {
        var xml = File.ReadAllText(Path.Combine(Folder, file));
        var errors = ProcessValidator.Validate(xml, _ => false);
        output.WriteLine(errors.Count == 0 ? $"{file}: accepted" : $"{file}: rejected, {errors.Count} problems");
        foreach (var error in errors.Take(15))
        {
            output.WriteLine($"  {error.ElementId}: {error.Message}");
        }
        Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.ElementId)));
    }

    [Fact]
    public void Models_with_only_tasks_and_gateways_parse_into_a_process()
    {
        foreach (var file in new[] { "A.1.0.bpmn", "A.2.0.bpmn", "A.3.0.bpmn" })
        {
            var parsed = BpmnParser.Parse(File.ReadAllText(Path.Combine(Folder, file)));
            Assert.NotNull(parsed.Model);
            Assert.NotEmpty(parsed.Model.Nodes);
        }
    }
}
