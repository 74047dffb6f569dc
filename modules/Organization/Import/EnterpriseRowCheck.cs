using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Turns an enterprise row into the same request the enterprise form sends and checks it with the same
/// rules (EnterpriseValidation). Columns the file lacks keep the registered enterprise's values.
/// </summary>
internal sealed class EnterpriseRowCheck(HeaderMap map, IReadOnlyDictionary<string, (Guid Id, SaveEnterpriseRequest Current)> registered, IStringLocalizer text, ImportReport report)
{
    private static readonly char[] SiteSeparators = ['\u3001', ',', '\uFF0C', ';', '\uFF1B', '/', ' '];

    /// <summary>Which column holds each field of the request, for reporting EnterpriseValidation's field errors.</summary>
    private static readonly Dictionary<string, string> ColumnOfField = new()
    {
        [nameof(SaveEnterpriseRequest.DisplayName)] = ImportColumns.EnterpriseName,
        [nameof(SaveEnterpriseRequest.CreditCode)] = ImportColumns.CreditCode,
        [nameof(SaveEnterpriseRequest.IndustryCode)] = ImportColumns.IndustryCode,
        [nameof(SaveEnterpriseRequest.Type)] = ImportColumns.EnterpriseType,
        [nameof(SaveEnterpriseRequest.RegulatoryGrade)] = ImportColumns.RegulatoryGrade,
        [nameof(SaveEnterpriseRequest.PrincipalPhone)] = ImportColumns.PrincipalPhone,
        [nameof(SaveEnterpriseRequest.SafetyManagerPhone)] = ImportColumns.SafetyManagerPhone,
    };

    private readonly Dictionary<string, int> _creditCodeRows = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnterpriseType> _types = LocalizedNames.For(text, "EnterpriseType", Enum.GetValues<EnterpriseType>());
    private readonly Dictionary<string, KeySites> _sites = LocalizedNames.For(text, "KeySites", Enum.GetValues<KeySites>().Where(s => s != KeySites.None));
    private readonly Dictionary<string, RegulatoryGrade> _grades = LocalizedNames.For(text, "RegulatoryGrade", Enum.GetValues<RegulatoryGrade>());
    private bool _failed;
    private int _row;

    public EnterpriseRow? Check(SheetRow row)
    {
        _row = row.Number;
        _failed = false;
        var creditCode = UnifiedSocialCreditCode.Normalize(map.Cell(row, ImportColumns.CreditCode));
        var known = registered.TryGetValue(creditCode, out var found);
        var request = (known ? found.Current : new SaveEnterpriseRequest(null, null)) with
        {
            DisplayName = map.Cell(row, ImportColumns.EnterpriseName),
            CreditCode = creditCode,
        };
        request = Overlay(row, request);
        foreach (var (field, messages) in EnterpriseValidation.Check(request, text).ToDictionary())
        {
            foreach (var message in messages)
            {
                Reject(ColumnOfField.GetValueOrDefault(field, ImportColumns.EnterpriseName), message);
            }
        }
        if (creditCode.Length > 0 && !_creditCodeRows.TryAdd(creditCode, _row))
        {
            Reject(ImportColumns.CreditCode, text["ImportDuplicateInFile", _creditCodeRows[creditCode], map.Header(ImportColumns.CreditCode)]);
        }
        return _failed ? null : new EnterpriseRow(row.Number, request, known ? found.Id : null);
    }

    /// <summary>Each column the file has replaces the field, a blank cell included; absent columns leave it as it was.</summary>
    private SaveEnterpriseRequest Overlay(SheetRow row, SaveEnterpriseRequest request)
    {
        string? Text(string column, string? current) => map.Has(column) ? map.Cell(row, column) : current;
        request = request with
        {
            IndustryCode = Text(ImportColumns.IndustryCode, request.IndustryCode),
            Address = Text(ImportColumns.Address, request.Address),
            PrincipalName = Text(ImportColumns.PrincipalName, request.PrincipalName),
            PrincipalPhone = Text(ImportColumns.PrincipalPhone, request.PrincipalPhone),
            SafetyManagerName = Text(ImportColumns.SafetyManagerName, request.SafetyManagerName),
            SafetyManagerPhone = Text(ImportColumns.SafetyManagerPhone, request.SafetyManagerPhone),
        };
        if (map.Has(ImportColumns.EnterpriseType))
        {
            request = request with { Type = Choice(row, ImportColumns.EnterpriseType, _types, EnterpriseType.IndustryAndTrade, "EnterpriseType") };
        }
        if (map.Has(ImportColumns.RegulatoryGrade))
        {
            request = request with { RegulatoryGrade = Choice(row, ImportColumns.RegulatoryGrade, _grades, RegulatoryGrade.Unrated, "RegulatoryGrade") };
        }
        if (map.Has(ImportColumns.KeySites))
        {
            var sites = KeySites.None;
            foreach (var name in (map.Cell(row, ImportColumns.KeySites) ?? "").Split(SiteSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (_sites.TryGetValue(LocalizedNames.Key(name), out var site))
                {
                    sites |= site;
                }
                else
                {
                    Reject(ImportColumns.KeySites, text["ImportValueUnknown", name, Choices(_sites.Values.Distinct(), "KeySites")]);
                }
            }
            request = request with { KeySites = sites };
        }
        return request;
    }

    private T Choice<T>(SheetRow row, string column, Dictionary<string, T> names, T blank, string prefix) where T : struct, Enum
    {
        if (map.Cell(row, column) is not { } value)
        {
            return blank;
        }
        if (names.TryGetValue(LocalizedNames.Key(value), out var choice))
        {
            return choice;
        }
        Reject(column, text["ImportValueUnknown", value, Choices(names.Values.Distinct(), prefix)]);
        return blank;
    }

    private string Choices<T>(IEnumerable<T> values, string prefix) =>
        string.Join(text["ListSeparator"], values.Select(v => text[$"{prefix}.{v}"].Value));

    private void Reject(string column, string reason)
    {
        _failed = true;
        report.Reject(_row, map.Has(column) ? map.Header(column) : text[$"ImportColumn.{column}"], reason);
    }
}
