using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Application;

/// <summary>The rules an enterprise profile must meet, each failure named by its field.</summary>
internal static partial class EnterpriseValidation
{
    public static ValidationErrors Check(SaveEnterpriseRequest request, IStringLocalizer text)
    {
        var errors = new ValidationErrors();
        var name = request.DisplayName?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(request.DisplayName), text["EnterpriseNameRequired"]);
        }
        else if (name.Length > OrganizationUnit.MaxDisplayNameLength)
        {
            errors.Add(nameof(request.DisplayName), text["EnterpriseNameTooLong", OrganizationUnit.MaxDisplayNameLength]);
        }
        if (UnifiedSocialCreditCode.Validate(request.CreditCode) is { } creditError)
        {
            errors.Add(nameof(request.CreditCode), text[$"CreditCode{creditError}", UnifiedSocialCreditCode.Normalize(request.CreditCode)]);
        }
        if (!string.IsNullOrWhiteSpace(request.IndustryCode) && !IndustryPattern().IsMatch(request.IndustryCode.Trim().ToUpperInvariant()))
        {
            errors.Add(nameof(request.IndustryCode), text["IndustryCodeInvalid"]);
        }
        CheckPhone(errors, nameof(request.PrincipalPhone), request.PrincipalPhone, text);
        CheckPhone(errors, nameof(request.SafetyManagerPhone), request.SafetyManagerPhone, text);
        if (request.Longitude is < 73 or > 136)
        {
            errors.Add(nameof(request.Longitude), text["LongitudeOutOfChina"]);
        }
        if (request.Latitude is < 3 or > 54)
        {
            errors.Add(nameof(request.Latitude), text["LatitudeOutOfChina"]);
        }
        if (!Enum.IsDefined(request.Type))
        {
            errors.Add(nameof(request.Type), text["ValueUnknown"]);
        }
        if (!Enum.IsDefined(request.Scale))
        {
            errors.Add(nameof(request.Scale), text["ValueUnknown"]);
        }
        if (!Enum.IsDefined(request.RegulatoryGrade))
        {
            errors.Add(nameof(request.RegulatoryGrade), text["ValueUnknown"]);
        }
        return errors;
    }

    private static void CheckPhone(ValidationErrors errors, string field, string? phone, IStringLocalizer text)
    {
        if (!string.IsNullOrWhiteSpace(phone) && !PhonePattern().IsMatch(phone.Trim()))
        {
            errors.Add(field, text["PhoneInvalid", phone.Trim()]);
        }
    }

    /// <summary>GB/T 4754: a section letter A–T, optionally followed by a 2–4 digit division/group/class.</summary>
    [GeneratedRegex("^[A-T]([0-9]{2}([0-9]{1,2})?)?$")]
    private static partial Regex IndustryPattern();

    /// <summary>A mainland mobile number or a landline with its area code.</summary>
    [GeneratedRegex("^(1[3-9][0-9]{9}|0[0-9]{2,3}-?[0-9]{7,8})$")]
    private static partial Regex PhonePattern();
}
