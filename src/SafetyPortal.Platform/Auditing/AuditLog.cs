using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// One write request (or any request that saved entity changes): who, in which town, what, from where, when,
/// how long and how it ended. Written in a save of its own, so a failed request keeps its entry.
/// </summary>
public class AuditLog : Entity, IMultiTenant
{
    public const int MaxUserNameLength = 256;
    public const int MaxTenantNameLength = 64;
    public const int MaxHttpMethodLength = 16;
    public const int MaxUrlLength = 512;
    public const int MaxClientIpAddressLength = 64;
    public const int MaxExceptionMessageLength = 1024;

    /// <summary>The town the request worked in; null for the bureau (host).</summary>
    public Guid? TenantId { get; set; }

    /// <summary>The town's name at the time, so the bureau's list needs no join into the Organization module.</summary>
    public string? TenantName { get; set; }

    /// <summary>Null for a visitor (the login form, a refused anonymous call).</summary>
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>The bureau user acting inside a town, from the "impersonatorid" claim; null when nobody impersonates.</summary>
    public Guid? ImpersonatorUserId { get; set; }

    public string HttpMethod { get; set; } = "";

    /// <summary>Path and query string, with ID-card and mobile numbers masked.</summary>
    public string Url { get; set; } = "";

    public string? ClientIpAddress { get; set; }

    /// <summary>When the request started, UTC.</summary>
    public DateTime ExecutionTime { get; set; }

    public int DurationMs { get; set; }

    /// <summary>The status code the client received.</summary>
    public int? HttpStatusCode { get; set; }

    /// <summary>The request threw (even when the exception became a 4xx answer, such as invalid input).</summary>
    public bool HasException { get; set; }

    /// <summary>Exception type and message, shortened and with personal data masked.</summary>
    public string? ExceptionMessage { get; set; }

    public List<EntityChange> EntityChanges { get; set; } = [];
}
