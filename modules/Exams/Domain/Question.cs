using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Domain;

/// <summary>
/// 试题: one question of the bank. The bureau's questions (TenantId null) are shared with every town, a town's are
/// private. Every edit raises <see cref="Version"/>; attempts keep a snapshot of what they asked, so editing never
/// changes a past attempt. Once written a question is never deleted, only retired (<see cref="IsRetired"/>).
/// </summary>
public class Question : AggregateRoot, IMultiTenant
{
    public const int MaxNameLength = 200;
    public const int MaxStemLength = 20000;
    public const int MaxExplanationLength = 20000;
    public const int MinDifficulty = 1;
    public const int MaxDifficulty = 5;
    public const int MaxOptions = 26;
    public const int MaxBlanks = 20;

    public Guid? TenantId { get; set; }
    public Guid CategoryId { get; set; }
    public QuestionKind Kind { get; set; }

    /// <summary>A short title for lists (Moodle's question name); the stem's first words when none was given.</summary>
    public string Name { get; set; } = "";

    /// <summary>题干, sanitised HTML.</summary>
    public string Stem { get; set; } = "";

    /// <summary>解析, sanitised HTML shown after answering.</summary>
    public string? Explanation { get; set; }

    /// <summary>难度 1 (easy) to 5 (hard).</summary>
    public int Difficulty { get; set; } = 3;

    /// <summary>Points the question is worth when a paper does not say otherwise.</summary>
    public decimal DefaultPoints { get; set; } = 1;

    /// <summary>重点场所与工艺 the question is about.</summary>
    public KeySites KeySites { get; set; }

    /// <summary>Hex SHA-256 of the stem normalised by <see cref="StemNormaliser"/>: equal hashes are duplicates.</summary>
    public string NormalisedStemHash { get; set; } = "";

    /// <summary>1 when written, raised by every edit (<see cref="MarkEdited"/>).</summary>
    public int Version { get; set; } = 1;

    /// <summary>A retired question is kept for the attempts that used it but offered to no new paper or list.</summary>
    public bool IsRetired { get; set; }

    public List<QuestionOption> Options { get; set; } = [];
    public List<QuestionBlank> Blanks { get; set; } = [];
    public List<QuestionTag> Tags { get; set; } = [];

    /// <summary>Stores the stem and its duplicate hash together.</summary>
    public void SetStem(string sanitisedStem)
    {
        Stem = sanitisedStem;
        NormalisedStemHash = StemNormaliser.Hash(sanitisedStem);
    }

    /// <summary>An edit of the content: a new version.</summary>
    public void MarkEdited() => Version++;

    /// <summary>True when the question's tags contain the tag.</summary>
    public bool HasTag(QuestionTagKind kind, string code) =>
        Tags.Exists(t => t.Kind == kind && string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Adds the tag unless the question has it; true when added.</summary>
    public bool AddTag(QuestionTagKind kind, string code)
    {
        if (HasTag(kind, code))
        {
            return false;
        }
        Tags.Add(new QuestionTag { TenantId = TenantId, QuestionId = Id, Kind = kind, Code = code });
        return true;
    }

    /// <summary>Removes the tag; true when the question had it.</summary>
    public bool RemoveTag(QuestionTagKind kind, string code) =>
        Tags.RemoveAll(t => t.Kind == kind && string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase)) > 0;
}
