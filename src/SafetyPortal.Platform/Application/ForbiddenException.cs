namespace SafetyPortal.Platform.Application;

/// <summary>The signed-in user may not do this here; the API answers 403 with the reason.</summary>
public sealed class ForbiddenException(string reason) : Exception(reason);
