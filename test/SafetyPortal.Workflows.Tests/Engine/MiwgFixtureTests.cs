using System.Xml.Linq;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Validation;
using Xunit.Abstractions;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>
/// The BPMN MIWG reference models (Fixtures/bpmn-miwg): each is read without a crash; what the engine does not run is
/// reported by element id. A file with several pools and none marked executable is checked pool by pool (as if that
/// process were chosen). The report — which models and pools validate, which are refused and why — goes to the test output.
/// </summary>
public sealed class MiwgFixtureTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bpmn-miwg");
    private static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";

    /// <summary>What validates (file, or file#process for one pool of a collaboration). Everything else is refused.</summary>
    private static readonly string[] Accepted =
    [
        "A.1.0.bpmn",
        "A.4.0.bpmn#WFP-6-1", "A.4.0.bpmn#WFP-6-2",
        "A.4.1.bpmn#sid-34746A54-1D7D-46CA-B219-0C4CEAE51170", "A.4.1.bpmn#sid-54D696FD-DEDC-45F3-99DB-1404DA433FC4",
        "B.1.0.bpmn#Process_ba16239e-181e-4b9f-bc5b-0bb2ee973450", "B.1.0.bpmn#WFP-0-",
        "B.2.0.bpmn#WFP-0-",
        "C.2.0.bpmn#WFP-Page_1-2", "C.2.0.bpmn#WFP-Page_1-4",
    ];

    public static TheoryData<string> Files() => [.. Directory.GetFiles(Folder, "*.bpmn").Select(f => Path.GetFileName(f)).Order()];

    /// <summary>The file as a whole, or each of its processes when it has several and none is marked executable.</summary>
    private static IEnumerable<(string Name, string? ProcessId)> Units(string file)
    {
        var root = XDocument.Load(Path.Combine(Folder, file)).Root!;
        var processes = root.Elements(Bpmn + "process").ToList();
        var chosen = processes.Count(p => (string?)p.Attribute("isExecutable") == "true");
        if (processes.Count <= 1 || chosen == 1)
        {
            return [(file, null)];
        }
        return processes.Select(p => ($"{file}#{(string?)p.Attribute("id")}", (string?)p.Attribute("id")));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_reference_model_is_read_and_every_problem_names_an_element(string file)
    {
        var xml = File.ReadAllText(Path.Combine(Folder, file));
        var unexpected = new List<string>();
        foreach (var (name, processId) in Units(file))
        {
            var errors = ProcessValidator.Validate(xml, _ => false, processId);
            output.WriteLine(errors.Count == 0 ? $"{name}: accepted" : $"{name}: refused, {errors.Count} problems");
            foreach (var error in errors.Take(15))
            {
                output.WriteLine($"  {error.ElementId}: {error.Message}");
            }
            Assert.All(errors, e => Assert.False(string.IsNullOrWhiteSpace(e.ElementId)));
            if (Accepted.Contains(name) != (errors.Count == 0))
            {
                unexpected.Add(name);
            }
        }
        Assert.Empty(unexpected);
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

    [Fact]
    public void Choosing_a_process_that_is_not_in_the_file_is_refused_listing_the_processes()
    {
        var error = Assert.Single(ProcessValidator.Validate(File.ReadAllText(Path.Combine(Folder, "A.4.0.bpmn")), _ => false, "nope"));
        Assert.Contains("WFP-6-1, WFP-6-2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Decoration_and_the_collaboration_around_the_executable_process_are_ignored()
    {
        var xml = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                         xmlns:signavio="http://www.signavio.com" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" id="D" targetNamespace="t">
              <message id="M" name="m" />
              <dataStore id="Store" name="台账" />
              <collaboration id="C">
                <participant id="P1" processRef="Run" /><participant id="P2" name="企业" />
                <messageFlow id="MF" sourceRef="P2" targetRef="Work" />
                <textAnnotation id="CA"><text>note</text></textAnnotation>
              </collaboration>
              <process id="Run" isExecutable="true">
                <documentation>整改流程</documentation>
                <extensionElements><signavio:signavioMetaData metaKey="bgcolor" metaValue="#fff" /></extensionElements>
                <laneSet id="LS"><lane id="L1" name="镇街"><flowNodeRef>S</flowNodeRef><childLaneSet id="LS2"><lane id="L2" /></childLaneSet></lane></laneSet>
                <dataObject id="DO" /><dataObjectReference id="DOR" dataObjectRef="DO" /><dataStoreReference id="DSR" dataStoreRef="Store" />
                <startEvent id="S"><documentation>start</documentation></startEvent>
                <sequenceFlow id="f1" sourceRef="S" targetRef="Work" />
                <userTask id="Work" camunda:candidateGroups="TownInspector">
                  <extensionElements><signavio:signavioMetaData metaKey="x" metaValue="y" /></extensionElements>
                  <dataOutputAssociation id="DOA"><targetRef>DOR</targetRef></dataOutputAssociation>
                </userTask>
                <sequenceFlow id="f2" sourceRef="Work" targetRef="E" /><endEvent id="E" />
                <textAnnotation id="TA"><text>注释</text></textAnnotation><association id="A" sourceRef="Work" targetRef="TA" />
                <group id="G" categoryValueRef="CV" />
              </process>
              <process id="Other" isExecutable="false"><task id="Elsewhere" /></process>
              <category id="Cat"><categoryValue id="CV" value="审批" /></category>
              <bpmndi:BPMNDiagram id="Di" />
            </definitions>
            """;
        Assert.Empty(ProcessValidator.Validate(xml, _ => false));
        Assert.Equal(["E", "S", "Work"], BpmnParser.Parse(xml).Model!.Nodes.Keys.Order());
    }
}
