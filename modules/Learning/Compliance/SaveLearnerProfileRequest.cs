namespace SafetyPortal.Learning.Compliance;

/// <summary>What the safety manager records of a person: an absence and return, and the levels of 三级安全教育 given.</summary>
public sealed record SaveLearnerProfileRequest(DateOnly? AbsentFrom, DateOnly? ReturnedOn, ThreeLevelTraining ThreeLevelDone, string? ConcurrencyStamp);
