using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A reason the town or the bureau must give (exclusion, addition, return): present and not too long.</summary>
public static class CommendationReasons
{
    public static void Require(ValidationErrors errors, string? reason, string field, IStringLocalizer<ArticlesResource> text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > CommendationList.MaxReasonLength)
        {
            errors.Add(field, text["Commendations.ReasonRequired", CommendationList.MaxReasonLength]);
        }
    }
}
