using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Workflows.Forms;

/// <summary>A form-js schema shipped inside this assembly (Forms/BuiltIn/*.form.json) for the built-in processes.</summary>
public sealed class EmbeddedWorkflowForm(string formKey, string resourceName) : IWorkflowForm
{
    private readonly Lazy<string> _schema = new(() =>
    {
        using var stream = typeof(EmbeddedWorkflowForm).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Missing form resource {resourceName}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public string FormKey { get; } = formKey;

    public string Schema => _schema.Value;

    private static readonly string[] HazardForms = ["confirm-level", "rectify", "verify"];

    /// <summary>The forms of the hazard-rectification process (workflows/hazard-rectification.bpmn).</summary>
    public static IEnumerable<IWorkflowForm> BuiltIn() =>
        HazardForms.Select(name =>
            new EmbeddedWorkflowForm($"workflows:hazard/{name}", $"SafetyPortal.Workflows.Forms.hazard-{name}.form.json"));
}
