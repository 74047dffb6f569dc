using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Data;

internal sealed class MistakeBookEntryEntityConfiguration : IEntityTypeConfiguration<MistakeBookEntry>
{
    public void Configure(EntityTypeBuilder<MistakeBookEntry> builder)
    {
        builder.ToTable("ExamsMistakeBook");
        // One entry per user and question: the submit handler and practice upsert into it, never twice.
        builder.HasIndex(m => new { m.UserId, m.QuestionId }).IsUnique();
        // The book's list: the user's entries, newest mistake first.
        builder.HasIndex(m => new { m.UserId, m.LastWrongAt });
        builder.HasOne<Question>().WithMany().HasForeignKey(m => m.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}
