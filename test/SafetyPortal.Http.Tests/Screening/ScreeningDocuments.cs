namespace SafetyPortal.Http.Tests.Screening;

public sealed record ScreeningReasonDocument(string Key, string Condition, string Text, string Tone);

public sealed record ScreeningResultDocument(Guid EnterpriseId, string Name, string? TownName, List<ScreeningReasonDocument> Reasons);

public sealed record ScreeningDefinitionDocument(string Key, string Name, string Group);

public sealed record SavedScreeningDocument(Guid Id, string Name, bool IsShared, bool IsOwn, List<System.Text.Json.JsonElement> Conditions, string ConcurrencyStamp);
