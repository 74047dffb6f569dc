using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Application;

/// <summary>Tag codes as people send them: trimmed, blanks dropped, each once, bounded in number and length.</summary>
internal static class TagCodes
{
    public const int MaxPerKind = 50;

    public static List<(QuestionTagKind Kind, string Code)> Read(QuestionTagsDto? tags, string field, ValidationErrors errors, IStringLocalizer text)
    {
        var result = new List<(QuestionTagKind, string)>();
        Collect(tags?.RiskCategories, QuestionTagKind.RiskCategory, $"{field}{nameof(QuestionTagsDto.RiskCategories)}");
        Collect(tags?.Industries, QuestionTagKind.Industry, $"{field}{nameof(QuestionTagsDto.Industries)}");
        Collect(tags?.Positions, QuestionTagKind.Position, $"{field}{nameof(QuestionTagsDto.Positions)}");
        return result;

        void Collect(IReadOnlyList<string>? codes, QuestionTagKind kind, string name)
        {
            var list = (codes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (list.Count > MaxPerKind)
            {
                errors.Add(name, text["TooManyTags", MaxPerKind]);
            }
            else if (list.Exists(c => c.Length > QuestionTag.MaxCodeLength))
            {
                errors.Add(name, text["TagTooLong", QuestionTag.MaxCodeLength]);
            }
            else
            {
                result.AddRange(list.Select(c => (kind, c)));
            }
        }
    }

    public static QuestionTagsDto ToDto(IEnumerable<QuestionTag> tags)
    {
        var byKind = tags.OrderBy(t => t.Code, StringComparer.Ordinal).ToLookup(t => t.Kind, t => t.Code);
        return new QuestionTagsDto([.. byKind[QuestionTagKind.RiskCategory]], [.. byKind[QuestionTagKind.Industry]], [.. byKind[QuestionTagKind.Position]]);
    }
}
