using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SafetyPortal.Platform.BackgroundJobs;

internal sealed class BackgroundJobRunConfiguration : IEntityTypeConfiguration<BackgroundJobRun>
{
    public void Configure(EntityTypeBuilder<BackgroundJobRun> builder)
    {
        builder.ToTable("BackgroundJobRuns");
        builder.Property(r => r.JobGroup).HasMaxLength(BackgroundJobRun.MaxKeyLength).IsRequired();
        builder.Property(r => r.JobName).HasMaxLength(BackgroundJobRun.MaxKeyLength).IsRequired();
        builder.Property(r => r.Error).HasMaxLength(BackgroundJobRun.MaxErrorLength);
        builder.Property(r => r.Node).HasMaxLength(BackgroundJobRun.MaxKeyLength).IsRequired();
        // The jobs page reads the latest run of each job; the history and the purge read by time.
        builder.HasIndex(r => new { r.JobGroup, r.JobName, r.StartedAt });
        builder.HasIndex(r => r.StartedAt);
    }
}
