using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Data;

internal sealed class WorkOrderConfiguration : IEntityTypeConfiguration<WorkOrder>
{
    public void Configure(EntityTypeBuilder<WorkOrder> builder)
    {
        builder.ToTable("InspectionsWorkOrders");
        builder.HasIndex(o => new { o.CampaignId, o.EnterpriseId }).IsUnique();
        builder.HasIndex(o => new { o.EnterpriseId, o.CampaignId });
    }
}
