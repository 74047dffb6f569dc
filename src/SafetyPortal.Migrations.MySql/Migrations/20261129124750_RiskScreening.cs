using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Name = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ConditionsJson = table.Column<string>(type: "longtext", nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OwnerId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    OwnerName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IsShared = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksSavedScreenings", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
