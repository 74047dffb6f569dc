namespace SafetyPortal.Platform.Identity;

/// <summary>
/// Organization units carry dotted codes ("00001.00003.00002"): a unit's subtree is every code that is its own or starts
/// with it and a dot. One rule for every module that targets "this unit and below" (training plans, must-read).
/// </summary>
public static class UnitCodes
{
    public static bool IsWithin(string code, string ancestorCode)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(ancestorCode);
        return code == ancestorCode || (code.Length > ancestorCode.Length && code[ancestorCode.Length] == '.' && code.StartsWith(ancestorCode, StringComparison.Ordinal));
    }

    /// <summary>
    /// The code of a unit of the current town when it lies within the enterprise (when one is given): null when the unit
    /// is unknown, another town's, or outside the enterprise.
    /// </summary>
    public static async Task<string?> CodeWithinAsync(this IStaffRoster roster, Guid unitId, Guid? enterpriseId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roster);
        var codes = await roster.GetUnitCodesAsync(enterpriseId is { } e ? [unitId, e] : [unitId], cancellationToken);
        if (!codes.TryGetValue(unitId, out var code))
        {
            return null;
        }
        return enterpriseId is { } own && codes.TryGetValue(own, out var ownCode) && !IsWithin(code, ownCode) ? null : code;
    }
}
