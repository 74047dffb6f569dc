namespace SafetyPortal.Identity.Application.Permissions;

/// <summary>
/// The complete grants of one role or user afterwards: Granted names are granted, Denied names explicitly denied
/// (users only; a deny wins over every role's grant), everything else of the current side is left to the roles.
/// </summary>
public sealed record SavePermissionGrantsRequest(IReadOnlyList<string>? Granted, IReadOnlyList<string>? Denied = null);
