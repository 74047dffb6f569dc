namespace SafetyPortal.Workflows;

/// <summary>Settings of the Workflows module (bureau-wide or per town, in the settings pages).</summary>
public static class WorkflowsSettings
{
    /// <summary>Largest file a task form may upload, in megabytes.</summary>
    public const string TaskFileMaxMegabytes = "Workflows.TaskFiles.MaxMegabytes";

    /// <summary>File extensions a task form may upload, comma-separated.</summary>
    public const string TaskFileTypes = "Workflows.TaskFiles.AllowedTypes";

    public const string DefaultTaskFileTypes = "jpg,jpeg,png,gif,webp,pdf,doc,docx,xls,xlsx,ppt,pptx";
}
