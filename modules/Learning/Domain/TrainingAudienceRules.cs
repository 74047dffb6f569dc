using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// Who a member of an enterprise's staff is for training purposes: from their roles (PortalRoles) and the position (岗位)
/// of their membership. Special operations are recognised by the position naming an operation of the 特种作业目录
/// (keywords in special-operation-positions.txt, embedded in the assembly).
/// </summary>
public static class TrainingAudienceRules
{
    private static readonly Lazy<IReadOnlyList<string>> Keywords = new(ReadKeywords);

    /// <summary>The position keywords of special operations (电工, 焊, 高处 ...).</summary>
    public static IReadOnlyList<string> SpecialOperationKeywords => Keywords.Value;

    public static TrainingAudience Of(IReadOnlyCollection<string> roles, string? position) =>
        Of(roles, position, SpecialOperationKeywords);

    public static TrainingAudience Of(IReadOnlyCollection<string> roles, string? position, IReadOnlyList<string> specialOperationKeywords)
    {
        ArgumentNullException.ThrowIfNull(roles);
        ArgumentNullException.ThrowIfNull(specialOperationKeywords);
        var audience = TrainingAudience.None;
        if (roles.Contains(PortalRoles.EnterprisePrincipal))
        {
            audience |= TrainingAudience.Principal;
        }
        if (roles.Contains(PortalRoles.EnterpriseSafetyManager))
        {
            audience |= TrainingAudience.SafetyManager;
        }
        if (audience == TrainingAudience.None)
        {
            audience = TrainingAudience.Frontline;
        }
        if (!string.IsNullOrWhiteSpace(position) && specialOperationKeywords.Any(k => position.Contains(k, StringComparison.Ordinal)))
        {
            audience |= TrainingAudience.SpecialOperations;
        }
        return audience;
    }

    /// <summary>Whether a person of <paramref name="person"/> belongs to a plan for <paramref name="plan"/> (None: everyone).</summary>
    public static bool Matches(TrainingAudience plan, TrainingAudience person) => plan == TrainingAudience.None || (plan & person) != 0;

    /// <summary>The one group a person is counted in on dashboards and by the compliance rules: principal, else safety manager, else frontline.</summary>
    public static TrainingAudience PrimaryOf(TrainingAudience person) =>
        (person & TrainingAudience.Principal) != 0 ? TrainingAudience.Principal
        : (person & TrainingAudience.SafetyManager) != 0 ? TrainingAudience.SafetyManager
        : TrainingAudience.Frontline;

    private static List<string> ReadKeywords()
    {
        using var stream = typeof(TrainingAudienceRules).Assembly.GetManifestResourceStream("SafetyPortal.Learning.Domain.special-operation-positions.txt")
            ?? throw new InvalidOperationException("special-operation-positions.txt is not embedded.");
        using var reader = new StreamReader(stream);
        return [.. reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => !l.StartsWith('#'))];
    }
}
