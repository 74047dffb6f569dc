using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Data;

internal sealed class QuestionBlankEntityConfiguration : IEntityTypeConfiguration<QuestionBlank>
{
    public void Configure(EntityTypeBuilder<QuestionBlank> builder)
    {
        builder.ToTable("ExamsQuestionBlanks");
        // A JSON array of strings in a text column: read and written whole, never queried into.
        builder.Property(b => b.AcceptedAnswers)
            .HasConversion(
                answers => JsonSerializer.Serialize(answers, JsonSerializerOptions.Default),
                json => JsonSerializer.Deserialize<List<string>>(json, JsonSerializerOptions.Default) ?? new List<string>(),
                new ValueComparer<List<string>>(
                    (a, b) => a!.SequenceEqual(b!),
                    a => a.Aggregate(0, (hash, s) => HashCode.Combine(hash, s.GetHashCode(StringComparison.Ordinal))),
                    a => a.ToList()))
            .HasMaxLength(8000)
            .IsRequired();
        builder.HasIndex(b => new { b.QuestionId, b.Index }).IsUnique();
    }
}
