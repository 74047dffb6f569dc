using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InspectionTaskListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_InspectionsTasks_CycleId_TenantId_Status_DueTime_Flags",
                table: "InspectionsTasks",
                columns: new[] { "CycleId", "TenantId", "Status", "DueTime", "Flags" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsTasks_TenantId_Status_DueTime",
                table: "InspectionsTasks",
                columns: new[] { "TenantId", "Status", "DueTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_InspectionsTasks_CycleId_TenantId_Status_DueTime_Flags",
                table: "InspectionsTasks");

            migrationBuilder.DropIndex(
                name: "IX_InspectionsTasks_TenantId_Status_DueTime",
                table: "InspectionsTasks");
        }
    }
}
