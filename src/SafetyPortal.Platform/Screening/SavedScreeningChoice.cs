namespace SafetyPortal.Platform.Screening;

/// <summary>A saved screening the user may run (their own or one shared in their town), as pickers list it.</summary>
public sealed record SavedScreeningChoice(Guid Id, string Name, string? OwnerName);
