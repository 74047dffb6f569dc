using System.Globalization;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Domain;

/// <summary>Dotted codes: five digits a level, so codes sort and prefix-match as the tree does.</summary>
public static class OrganizationUnitCode
{
    public const int DigitsPerLevel = 5;

    public static string Create(int number, string? parentCode = null)
    {
        if (number is < 1 or > 99999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "A level holds 1 to 99999 units.");
        }
        var own = number.ToString("D5", CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(parentCode) ? own : $"{parentCode}.{own}";
    }

    public static string Next(string lastSiblingCode)
    {
        var dot = lastSiblingCode.LastIndexOf('.');
        var parent = dot < 0 ? null : lastSiblingCode[..dot];
        var number = int.Parse(lastSiblingCode[(dot + 1)..], CultureInfo.InvariantCulture);
        return Create(number + 1, parent);
    }

    /// <summary>The kernel's rule (<see cref="UnitCodes.IsWithin"/>), which modules without this domain use too.</summary>
    public static bool IsInSubtree(string code, string rootCode) => UnitCodes.IsWithin(code, rootCode);
}
