namespace SafetyPortal.Http.Tests.Exams;

public sealed record CategoryDocument(Guid Id, Guid? ParentId, string Name, string? Description, bool IsBureau, bool CanEdit, int QuestionCount,
    string ConcurrencyStamp);

public sealed record OptionDocument(Guid Id, string Text, bool IsCorrect, decimal Fraction, string? Feedback, int SortOrder);

public sealed record BlankDocument(int Index, List<string> AcceptedAnswers, bool CaseSensitive);

public sealed record TagsDocument(List<string> RiskCategories, List<string> Industries, List<string> Positions);

public sealed record DuplicateDocument(Guid Id, string Name, Guid CategoryId, bool IsBureau);

public sealed record QuestionDocument(Guid Id, Guid CategoryId, string Kind, string Name, string Stem, string? Explanation, int Difficulty,
    decimal DefaultPoints, string KeySites, List<OptionDocument> Options, List<BlankDocument> Blanks, TagsDocument Tags, int Version,
    bool IsRetired, bool IsBureau, bool CanEdit, string ConcurrencyStamp, List<DuplicateDocument> Duplicates);

public sealed record QuestionRowDocument(Guid Id, Guid CategoryId, string Kind, string Name, int Difficulty, bool IsBureau, bool CanEdit, TagsDocument Tags);

public sealed record DuplicateGroupDocument(string StemHash, List<DuplicateDocument> Questions);

public sealed record RejectionDocument(int Index, string Name, string Reason);

public sealed record ImportDuplicateDocument(int Index, string Name, Guid? DuplicateOf);

public sealed record ImportResultDocument(int Accepted, List<RejectionDocument> Rejected, List<ImportDuplicateDocument> Duplicates);
