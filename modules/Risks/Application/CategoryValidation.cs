using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The rules a catalogue entry's content must meet, each failure named by its field.</summary>
internal static class CategoryValidation
{
    private const KeySites AllKeySites = KeySites.ConfinedSpace | KeySites.CombustibleDust | KeySites.HazardousChemicals
        | KeySites.Metallurgy | KeySites.AmmoniaRefrigeration | KeySites.SpecialOperations;

    public static ValidationErrors Check(SaveCategoryRequest request, bool isNew, IStringLocalizer text)
    {
        var errors = new ValidationErrors();
        if (isNew)
        {
            Required(errors, nameof(request.Code), request.Code, RiskCategory.MaxCodeLength, text);
            if (request.IndustryId is null)
            {
                errors.Add(nameof(request.IndustryId), text["FieldRequired"]);
            }
        }
        Required(errors, nameof(request.Name), request.Name, RiskCategoryVersion.MaxNameLength, text);
        if (request.TypicalHazards?.Length > RiskCategoryVersion.MaxTextLength)
        {
            errors.Add(nameof(request.TypicalHazards), text["FieldTooLong", RiskCategoryVersion.MaxTextLength]);
        }
        if (TextLines.Join(request.ControlMeasures ?? []).Length > RiskCategoryVersion.MaxTextLength)
        {
            errors.Add(nameof(request.ControlMeasures), text["FieldTooLong", RiskCategoryVersion.MaxTextLength]);
        }
        if (TextLines.Join(request.CheckPoints ?? []).Length > RiskCategoryVersion.MaxTextLength)
        {
            errors.Add(nameof(request.CheckPoints), text["FieldTooLong", RiskCategoryVersion.MaxTextLength]);
        }
        if ((request.KeySites & ~AllKeySites) != 0)
        {
            errors.Add(nameof(request.KeySites), text["ValueUnknown"]);
        }
        return errors;
    }

    /// <summary>A required text that fits its column; shared with the risk-point rules.</summary>
    public static void Required(ValidationErrors errors, string field, string? value, int maxLength, IStringLocalizer text)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(field, text["FieldRequired"]);
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(field, text["FieldTooLong", maxLength]);
        }
    }
}
