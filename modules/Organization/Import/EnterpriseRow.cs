using SafetyPortal.Organization.Application;

namespace SafetyPortal.Organization.Import;

/// <summary>An enterprise row that passed every check; ExistingId is set when its credit code is already registered.</summary>
internal sealed record EnterpriseRow(int RowNumber, SaveEnterpriseRequest Request, Guid? ExistingId);
