using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Caching;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Bank questions (with options and blanks, untracked) as attempts copy them at their start: a city-wide exam starts
/// thousands of attempts of the same questions within minutes. An edit saved on this node counts at once (it raises the
/// question's version, so the row is written); one saved on another node within <see cref="Lifetime"/>. The copy
/// records the version it took.
/// </summary>
public sealed class SnapshotQuestionCache(EntityGenerations generations)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>By (the reading town, question id): a town reads the bureau's questions and its own.</summary>
    public GenerationCache<(Guid? Town, Guid Question), Question> Questions { get; } = new(generations, typeof(Question), Lifetime);
}
