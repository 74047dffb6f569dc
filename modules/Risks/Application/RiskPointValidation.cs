using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The rules a reported risk point must meet on its own (the catalogue and duplicates are checked by the use case).</summary>
internal static class RiskPointValidation
{
    public const int MaxMeasures = 30;

    public static ValidationErrors Check(SaveRiskPointRequest request, IStringLocalizer text)
    {
        var errors = new ValidationErrors();
        CategoryValidation.Required(errors, nameof(request.CategoryCode), request.CategoryCode, RiskCategory.MaxCodeLength, text);
        CategoryValidation.Required(errors, nameof(request.Name), request.Name, RiskPoint.MaxNameLength, text);
        CategoryValidation.Required(errors, nameof(request.Location), request.Location, RiskPoint.MaxLocationLength, text);
        if (request.Equipment?.Trim().Length > RiskPoint.MaxEquipmentLength)
        {
            errors.Add(nameof(request.Equipment), text["FieldTooLong", RiskPoint.MaxEquipmentLength]);
        }
        var assessment = Assessment(request);
        foreach (var field in assessment.InvalidFields())
        {
            errors.Add(field, field == nameof(request.Method) ? text["ValueUnknown"] : text[$"Invalid{request.Method}{field}"]);
        }
        var person = request.ResponsiblePerson?.Trim() ?? "";
        if (person.Length > RiskPoint.MaxPersonLength)
        {
            errors.Add(nameof(request.ResponsiblePerson), text["FieldTooLong", RiskPoint.MaxPersonLength]);
        }
        else if (person.Length == 0 && assessment.InvalidFields().Count == 0 && assessment.Level == RiskLevel.Major)
        {
            errors.Add(nameof(request.ResponsiblePerson), text["MajorRiskNeedsResponsiblePerson"]);
        }
        if (request.ResponsiblePhone?.Trim().Length > 20)
        {
            errors.Add(nameof(request.ResponsiblePhone), text["FieldTooLong", 20]);
        }
        CheckMeasures(errors, request.Measures ?? [], text);
        return errors;
    }

    public static RiskAssessment Assessment(SaveRiskPointRequest request) =>
        new(request.Method, request.Likelihood, request.Exposure, request.Severity);

    private static void CheckMeasures(ValidationErrors errors, IReadOnlyList<MeasureRequest> measures, IStringLocalizer text)
    {
        if (measures.Count > MaxMeasures)
        {
            errors.Add("Measures", text["TooManyMeasures", MaxMeasures]);
            return;
        }
        for (var i = 0; i < measures.Count; i++)
        {
            var field = $"Measures[{i}]";
            CategoryValidation.Required(errors, field + ".Description", measures[i].Description, RiskControlMeasure.MaxDescriptionLength, text);
            CategoryValidation.Required(errors, field + ".ResponsibleRole", measures[i].ResponsibleRole, RiskControlMeasure.MaxRoleLength, text);
            if (!Enum.IsDefined(measures[i].Frequency))
            {
                errors.Add(field + ".Frequency", text["ValueUnknown"]);
            }
        }
    }
}
