using System.Text.Json;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// One question of an attempt, numbered 1.. in the order the candidate sees them, with the snapshot of what was asked
/// (stem, options in the shown order with their correctness, blanks with accepted answers, points, question version)
/// and the candidate's latest answer with the client's sequence number it came with. Not in the audit log: the snapshot
/// copies audited bank questions, answers come hundreds a second, and the attempt's start, submit and score are audited.
/// </summary>
[DisableAuditing]
public class AttemptQuestion : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid AttemptId { get; set; }
    public int No { get; set; }
    public Guid QuestionId { get; set; }
    public int QuestionVersion { get; set; }
    public QuestionKind Kind { get; set; }
    public string Stem { get; set; } = "";
    public string? Explanation { get; set; }

    /// <summary>JSON array of <see cref="SnapshotOption"/> in the order shown (A, B, C ...).</summary>
    public string OptionsJson { get; set; } = "[]";

    /// <summary>JSON array of <see cref="SnapshotBlank"/> by blank index.</summary>
    public string BlanksJson { get; set; } = "[]";

    public decimal Points { get; set; }

    /// <summary>JSON array of strings: option letters for choice questions, one text per blank for fill-in; null: unanswered.</summary>
    public string? AnswerJson { get; set; }

    /// <summary>The client's sequence number of the stored answer; an answer with the same or a lower one changes nothing.</summary>
    public long AnswerSequence { get; set; }

    public DateTime? AnsweredAt { get; set; }
    public decimal? Score { get; set; }

    /// <summary>
    /// Concurrency token, raised by every answer and by the submit (for every question). An answer that raced a submit
    /// finds the row changed, retries and is refused as after submission; a submit that raced an answer retries and
    /// grades it. Answers to different questions of one attempt never conflict.
    /// </summary>
    public int Revision { get; set; }

    public IReadOnlyList<SnapshotOption> Options() => JsonSerializer.Deserialize<List<SnapshotOption>>(OptionsJson) ?? [];

    public IReadOnlyList<SnapshotBlank> Blanks() => JsonSerializer.Deserialize<List<SnapshotBlank>>(BlanksJson) ?? [];

    public IReadOnlyList<string> Answer() => ParseAnswer(AnswerJson);

    public static IReadOnlyList<string> ParseAnswer(string? answerJson) =>
        answerJson is null ? [] : JsonSerializer.Deserialize<List<string>>(answerJson) ?? [];
}
