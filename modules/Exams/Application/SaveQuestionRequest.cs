using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Application;

/// <summary>
/// Create or edit a question (and what the importers produce). Stem, Explanation and option texts are HTML, sanitised
/// on save. Choice and true/false questions take Options, fill-in-the-blank takes Blanks. An option's Fraction (percent
/// of the points, -100..100) defaults to 100 for the correct option of a single-choice question, to an equal share of
/// 100 for the correct options of a multiple-choice one, and to 0 for wrong options.
/// </summary>
public sealed record SaveQuestionRequest(
    Guid? CategoryId,
    QuestionKind? Kind,
    string? Stem,
    string? Name = null,
    string? Explanation = null,
    int? Difficulty = null,
    decimal? DefaultPoints = null,
    KeySites KeySites = KeySites.None,
    IReadOnlyList<SaveOptionRequest>? Options = null,
    IReadOnlyList<SaveBlankRequest>? Blanks = null,
    IReadOnlyList<string>? RiskCategories = null,
    IReadOnlyList<string>? Industries = null,
    IReadOnlyList<string>? Positions = null,
    string? ConcurrencyStamp = null);
