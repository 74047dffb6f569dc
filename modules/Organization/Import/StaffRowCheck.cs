using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Checks staff rows one by one against the town (preloaded) and against the rows before them in the
/// file; each failure is reported with the row number, the column header and the reason.
/// </summary>
internal sealed partial class StaffRowCheck(HeaderMap map, StaffDirectory directory, IStringLocalizer text, ImportReport report, DateOnly today)
{
    private const int MaxNameLength = 64;
    private const int MaxUserNameLength = 64;
    private readonly Dictionary<string, int> _idCardRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _userNameRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _roles = LocalizedNames.For(text, "Role", StaffDirectory.ImportableRoles);
    private bool _failed;
    private int _row;

    public StaffRow? Check(SheetRow row)
    {
        _row = row.Number;
        _failed = false;
        var name = Required(row, ImportColumns.Name);
        if (name?.Length > MaxNameLength)
        {
            Reject(ImportColumns.Name, text["ImportTooLong", map.Header(ImportColumns.Name), MaxNameLength]);
        }
        var idCard = CheckIdCard(row);
        var mobile = Required(row, ImportColumns.Mobile);
        if (mobile is not null && !MobilePattern().IsMatch(mobile))
        {
            Reject(ImportColumns.Mobile, text["MobileInvalid", mobile]);
        }
        var existingUserId = idCard is not null && directory.UserIdsByIdCard.TryGetValue(idCard, out var id) ? id : (Guid?)null;
        var userName = CheckUserName(row, mobile, idCard, existingUserId);
        var unitId = CheckUnit(row);
        var position = map.Cell(row, ImportColumns.Position);
        if (position?.Length > OrganizationUnitMember.MaxPositionLength)
        {
            Reject(ImportColumns.Position, text["ImportTooLong", map.Header(ImportColumns.Position), OrganizationUnitMember.MaxPositionLength]);
        }
        var roleId = CheckRole(row);
        return _failed
            ? null
            : new StaffRow(row.Number, name!, idCard!, mobile!, userName!, unitId!.Value, position, roleId!.Value, existingUserId);
    }

    private string? CheckIdCard(SheetRow row)
    {
        var value = Required(row, ImportColumns.IdCardNumber);
        if (value is null)
        {
            return null;
        }
        var idCard = IdCardNumber.Normalize(value);
        if (IdCardNumber.Validate(idCard, today) is { } error)
        {
            Reject(ImportColumns.IdCardNumber, text[$"IdCard{error}", IdCardNumber.Mask(idCard)]);
            return null;
        }
        if (!_idCardRows.TryAdd(idCard, _row))
        {
            Reject(ImportColumns.IdCardNumber, text["ImportDuplicateInFile", _idCardRows[idCard], map.Header(ImportColumns.IdCardNumber)]);
            return null;
        }
        return idCard;
    }

    /// <summary>The user-name column if the file has one, else the mobile number; it must not belong to someone else.</summary>
    private string? CheckUserName(SheetRow row, string? mobile, string? idCard, Guid? existingUserId)
    {
        var column = map.Has(ImportColumns.UserName) && map.Cell(row, ImportColumns.UserName) is not null ? ImportColumns.UserName : ImportColumns.Mobile;
        var userName = column == ImportColumns.UserName ? map.Cell(row, ImportColumns.UserName) : mobile;
        if (userName is null)
        {
            return null;
        }
        if (userName.Length > MaxUserNameLength)
        {
            Reject(column, text["ImportTooLong", map.Header(column), MaxUserNameLength]);
            return null;
        }
        var normalized = userName.ToUpperInvariant();
        if (!_userNameRows.TryAdd(normalized, _row))
        {
            Reject(column, text["ImportDuplicateInFile", _userNameRows[normalized], map.Header(column)]);
            return null;
        }
        // An update keeps the person's user name; a new person needs one nobody in the town has.
        if (existingUserId is null && idCard is not null && directory.IdCardsByUserName.TryGetValue(normalized, out var holder) && holder != idCard)
        {
            Reject(column, text["UserNameTaken", userName]);
            return null;
        }
        return userName;
    }

    private Guid? CheckUnit(SheetRow row)
    {
        ImportEnterprise? enterprise = null;
        if (map.Cell(row, ImportColumns.EnterpriseCreditCode) is { } creditCode)
        {
            if (!directory.EnterprisesByCreditCode.TryGetValue(UnifiedSocialCreditCode.Normalize(creditCode), out enterprise))
            {
                Reject(ImportColumns.EnterpriseCreditCode, text["EnterpriseUnknownCode", creditCode]);
            }
        }
        else if (map.Cell(row, ImportColumns.EnterpriseName) is { } name)
        {
            if (!directory.EnterprisesByName.TryGetValue(name, out var named))
            {
                Reject(ImportColumns.EnterpriseName, text["EnterpriseUnknownName", name]);
            }
            else if (named.Count > 1)
            {
                Reject(ImportColumns.EnterpriseName, text["EnterpriseAmbiguousName", name]);
            }
            else
            {
                enterprise = named[0];
            }
        }
        else
        {
            Reject(map.Has(ImportColumns.EnterpriseCreditCode) ? ImportColumns.EnterpriseCreditCode : ImportColumns.EnterpriseName, text["EnterpriseMissing"]);
        }
        if (enterprise is null)
        {
            return null;
        }
        if (map.Cell(row, ImportColumns.Unit) is not { } unit)
        {
            return enterprise.Id;
        }
        var path = string.Join('/', unit.Split(['/', '\\'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        if (enterprise.UnitsByPath.TryGetValue(path, out var byPath))
        {
            return byPath;
        }
        if (enterprise.UnitsByName.TryGetValue(path, out var byName))
        {
            if (byName.Count == 1)
            {
                return byName[0];
            }
            Reject(ImportColumns.Unit, text["UnitAmbiguous", enterprise.Name, unit]);
            return null;
        }
        Reject(ImportColumns.Unit, text["UnitUnknown", enterprise.Name, unit]);
        return null;
    }

    private Guid? CheckRole(SheetRow row)
    {
        var roleName = PortalRoles.Employee;
        if (map.Cell(row, ImportColumns.Role) is { } role && !_roles.TryGetValue(LocalizedNames.Key(role), out roleName))
        {
            var choices = string.Join(text["ListSeparator"], StaffDirectory.ImportableRoles.Select(r => text[$"Role.{r}"].Value));
            Reject(ImportColumns.Role, text["RoleUnknown", role, choices]);
            return null;
        }
        if (!directory.RoleIds.TryGetValue(roleName!, out var roleId))
        {
            // The town's built-in roles are seeded at start; a missing one is a set-up fault, not the row's.
            throw new InvalidOperationException($"The town has no built-in role {roleName}.");
        }
        return roleId;
    }

    private string? Required(SheetRow row, string column)
    {
        var value = map.Cell(row, column);
        if (value is null)
        {
            Reject(column, text["ImportRequired", map.Header(column)]);
        }
        return value;
    }

    private void Reject(string column, string reason)
    {
        _failed = true;
        report.Reject(_row, map.Has(column) ? map.Header(column) : text[$"ImportColumn.{column}"], reason);
    }

    [GeneratedRegex("^1[3-9][0-9]{9}$")]
    private static partial Regex MobilePattern();
}
