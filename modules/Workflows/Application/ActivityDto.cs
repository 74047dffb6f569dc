namespace SafetyPortal.Workflows.Application;

/// <summary>A registered service-task activity and its typed inputs, for the designer's palette.</summary>
public sealed record ActivityDto(string Name, IReadOnlyList<ActivityInputDto> Inputs);
