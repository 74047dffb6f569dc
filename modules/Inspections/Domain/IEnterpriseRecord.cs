using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>A town's record about one enterprise (a hazard, an inspection task, a work order): scoped by town and enterprise.</summary>
public interface IEnterpriseRecord : IMultiTenant
{
    Guid EnterpriseId { get; }
}
