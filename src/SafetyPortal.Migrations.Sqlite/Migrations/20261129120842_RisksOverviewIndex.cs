using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RisksOverviewIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RisksPoints_TenantId_Status_Level",
                table: "RisksPoints");

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_TenantId_Status_Level_CategoryId_EnterpriseId",
                table: "RisksPoints",
                columns: new[] { "TenantId", "Status", "Level", "CategoryId", "EnterpriseId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_RisksPoints_TenantId_Status_Level_CategoryId_EnterpriseId",
                table: "RisksPoints");

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_TenantId_Status_Level",
                table: "RisksPoints",
                columns: new[] { "TenantId", "Status", "Level" });
        }
    }
}
