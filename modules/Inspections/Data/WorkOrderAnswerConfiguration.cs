using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class WorkOrderAnswerConfiguration : IEntityTypeConfiguration<WorkOrderAnswer>
{
    public void Configure(EntityTypeBuilder<WorkOrderAnswer> builder)
    {
        builder.ToTable("InspectionsWorkOrderAnswers");
        builder.Property(a => a.Note).HasMaxLength(WorkOrderAnswer.MaxNoteLength);
        builder.Property(a => a.AnswererName).HasMaxLength(WorkOrderCampaign.MaxNameLength).IsRequired();
        builder.Property(a => a.Latitude).HasPrecision(9, 6);
        builder.Property(a => a.Longitude).HasPrecision(9, 6);
        // One answer per work order and period: a resent answer finds the first instead of adding a second.
        builder.HasIndex(a => new { a.WorkOrderId, a.Period }).IsUnique();
        builder.HasIndex(a => new { a.CampaignId, a.Period });
    }
}
