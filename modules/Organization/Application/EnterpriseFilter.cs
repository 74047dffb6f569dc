using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Application;

/// <summary>List filters: any key site among those given, a grade, a type, a grid.</summary>
public sealed record EnterpriseFilter(KeySites? KeySite = null, RegulatoryGrade? Grade = null, EnterpriseType? Type = null, Guid? GridId = null);
