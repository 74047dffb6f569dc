using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Data;

internal sealed class ImportJobEntityConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.ToTable("OrganizationImportJobs");
        builder.Property(j => j.FileName).HasMaxLength(ImportJob.MaxFileNameLength).IsRequired();
        builder.Property(j => j.StoredFileName).HasMaxLength(64);
        builder.Property(j => j.Culture).HasMaxLength(16).IsRequired();
        // ReportJson stays unbounded (TEXT / LONGTEXT): a report lists every rejected row of a large file.
        builder.HasIndex(j => new { j.TenantId, j.CreationTime });
    }
}
