using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class WorkOrderCampaignConfiguration : IEntityTypeConfiguration<WorkOrderCampaign>
{
    public void Configure(EntityTypeBuilder<WorkOrderCampaign> builder)
    {
        builder.ToTable("InspectionsWorkOrderCampaigns");
        builder.Property(c => c.Title).HasMaxLength(WorkOrderCampaign.MaxTitleLength).IsRequired();
        builder.Property(c => c.Measure).HasMaxLength(WorkOrderCampaign.MaxMeasureLength).IsRequired();
        builder.Property(c => c.CreatorName).HasMaxLength(WorkOrderCampaign.MaxNameLength).IsRequired();
        builder.Property(c => c.Frequency).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(c => new { c.TenantId, c.LastDay });
    }
}
