namespace SafetyPortal.Http.Tests.Workflows;

public sealed record ModelErrorDocument(string ElementId, string Message);

public sealed record ValidationResultDocument(bool Valid, List<ModelErrorDocument> Errors);

public sealed record DefinitionDocument(
    Guid Id, Guid? TenantId, string Key, string Name, int Version, string Status, bool IsValid, string? Source,
    string ConcurrencyStamp, List<ModelErrorDocument>? Errors);
