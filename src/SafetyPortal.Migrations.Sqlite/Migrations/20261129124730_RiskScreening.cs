using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class RiskScreening : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RisksSavedScreenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    ConditionsJson = table.Column<string>(type: "TEXT", nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OwnerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IsShared = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksSavedScreenings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_CategoryId_Status_EnterpriseId_TenantId",
                table: "RisksPoints",
                columns: new[] { "CategoryId", "Status", "EnterpriseId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_Status_Level_EnterpriseId_TenantId",
                table: "RisksPoints",
                columns: new[] { "Status", "Level", "EnterpriseId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_Status_Verification_EnterpriseId_TenantId",
                table: "RisksPoints",
                columns: new[] { "Status", "Verification", "EnterpriseId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_RisksSavedScreenings_TenantId",
                table: "RisksSavedScreenings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksSavedScreenings_TenantId_OwnerId",
                table: "RisksSavedScreenings",
                columns: new[] { "TenantId", "OwnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RisksSavedScreenings");

            migrationBuilder.DropIndex(
                name: "IX_RisksPoints_CategoryId_Status_EnterpriseId_TenantId",
                table: "RisksPoints");

            migrationBuilder.DropIndex(
                name: "IX_RisksPoints_Status_Level_EnterpriseId_TenantId",
                table: "RisksPoints");

            migrationBuilder.DropIndex(
                name: "IX_RisksPoints_Status_Verification_EnterpriseId_TenantId",
                table: "RisksPoints");
        }
    }
}
