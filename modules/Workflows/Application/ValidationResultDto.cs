namespace SafetyPortal.Workflows.Application;

/// <summary>The answer of POST /api/workflows/definitions/validate.</summary>
public sealed record ValidationResultDto(bool Valid, IReadOnlyList<ModelErrorDto> Errors);
