namespace SafetyPortal.Http.Tests.Organization;

public sealed record GridOfficerDocument(Guid Id, string UserName, string DisplayName);
