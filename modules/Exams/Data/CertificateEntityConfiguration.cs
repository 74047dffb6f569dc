using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Platform.Certificates;

namespace SafetyPortal.Exams.Data;

internal sealed class CertificateEntityConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.ToTable("ExamsCertificates");
        builder.Property(c => c.Serial).HasMaxLength(Certificate.MaxSerialLength).IsRequired();
        builder.Property(c => c.HolderName).HasMaxLength(CertificateRequest.MaxHolderNameLength).IsRequired();
        builder.Property(c => c.Title).HasMaxLength(CertificateRequest.MaxTitleLength).IsRequired();
        builder.Property(c => c.LinesJson).HasMaxLength(CertificateRequest.MaxLines * (CertificateRequest.MaxLineLength + 8)).IsRequired();
        builder.Property(c => c.TownName).HasMaxLength(Certificate.MaxTownNameLength);
        builder.Property(c => c.SourceKind).HasMaxLength(CertificateRequest.MaxSourceKindLength).IsRequired();
        builder.Property(c => c.RevokeReason).HasMaxLength(Certificate.MaxRevokeReasonLength);
        // The public verification looks a serial up; serials never repeat.
        builder.HasIndex(c => c.Serial).IsUnique();
        // One certificate per source: issuing again (a handler run twice, two nodes) finds it or loses the insert.
        builder.HasIndex(c => new { c.SourceKind, c.SourceId }).IsUnique();
        // 我的证书.
        builder.HasIndex(c => new { c.UserId, c.TenantId });
    }
}
