using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>What the element readers share: the model being built, the errors, and the file's messages and errors by id.</summary>
internal sealed record ParseContext(
    ProcessModel Model,
    List<ModelError> Errors,
    Dictionary<string, string> Messages,
    Dictionary<string, string> ErrorCodes);
