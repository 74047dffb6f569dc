using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Data;

internal sealed class StudySessionEntityConfiguration : IEntityTypeConfiguration<StudySession>
{
    public void Configure(EntityTypeBuilder<StudySession> builder)
    {
        builder.ToTable("LearningStudySessions");
        // Each heartbeat asks whether another session of the user beat lately.
        builder.HasIndex(s => new { s.UserId, s.LastBeatTime });
    }
}
