namespace SafetyPortal.Platform.Domain;

/// <summary>Data owned by a town. Null TenantId means the bureau (host). A global query filter keeps towns apart.</summary>
public interface IMultiTenant
{
    Guid? TenantId { get; set; }
}
