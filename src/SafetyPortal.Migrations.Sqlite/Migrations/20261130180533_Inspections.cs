using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Inspections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionsHazards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ReportedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReportedTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RectifiedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsHazards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsHazards_EnterpriseId_ReportedTime",
                table: "InspectionsHazards",
                columns: new[] { "EnterpriseId", "ReportedTime" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsHazards_TenantId",
                table: "InspectionsHazards",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsHazards_TenantId_Status_ReportedTime",
                table: "InspectionsHazards",
                columns: new[] { "TenantId", "Status", "ReportedTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionsHazards");
        }
    }
}
