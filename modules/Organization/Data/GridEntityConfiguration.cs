using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Data;

internal sealed class GridEntityConfiguration : IEntityTypeConfiguration<Grid>
{
    public void Configure(EntityTypeBuilder<Grid> builder)
    {
        builder.ToTable("OrganizationGrids");
        builder.Property(g => g.Name).HasMaxLength(Grid.MaxNameLength).IsRequired();
        builder.HasIndex(g => new { g.TenantId, g.Name }).IsUnique();
        // A user who is deleted leaves the grid without an officer; its patrols go to the town's officers by share.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(g => g.OfficerId).OnDelete(DeleteBehavior.SetNull);
    }
}
