using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InspectionCycles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "InspectionTaskId",
                table: "InspectionsHazards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "RiskPointId",
                table: "InspectionsHazards",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InspectionsChecklistPhotos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ThumbnailId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Width = table.Column<int>(type: "INTEGER", nullable: false),
                    Height = table.Column<int>(type: "INTEGER", nullable: false),
                    TakenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsChecklistPhotos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionsCycles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TaskCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsCycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionsTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CycleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ItemCount = table.Column<int>(type: "INTEGER", nullable: false),
                    AnsweredCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FailedCount = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmitterName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Flags = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsTasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionsChecklistItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RiskPointId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RiskPoint = table.Column<string>(type: "TEXT", maxLength: 260, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Answer = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AnsweredTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    HazardId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsChecklistItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InspectionsChecklistItems_InspectionsTasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "InspectionsTasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsChecklistItems_TaskId_SortOrder",
                table: "InspectionsChecklistItems",
                columns: new[] { "TaskId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsChecklistItems_TenantId",
                table: "InspectionsChecklistItems",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsChecklistPhotos_EnterpriseId_Sha256",
                table: "InspectionsChecklistPhotos",
                columns: new[] { "EnterpriseId", "Sha256" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsChecklistPhotos_TaskId_ItemId",
                table: "InspectionsChecklistPhotos",
                columns: new[] { "TaskId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsChecklistPhotos_TenantId",
                table: "InspectionsChecklistPhotos",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsCycles_TenantId",
                table: "InspectionsCycles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsCycles_TenantId_Tier_PeriodStart",
                table: "InspectionsCycles",
                columns: new[] { "TenantId", "Tier", "PeriodStart" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsTasks_AssigneeId_Status",
                table: "InspectionsTasks",
                columns: new[] { "AssigneeId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsTasks_CycleId_EnterpriseId",
                table: "InspectionsTasks",
                columns: new[] { "CycleId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsTasks_EnterpriseId_Tier_DueTime",
                table: "InspectionsTasks",
                columns: new[] { "EnterpriseId", "Tier", "DueTime" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsTasks_TenantId",
                table: "InspectionsTasks",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionsChecklistItems");

            migrationBuilder.DropTable(
                name: "InspectionsChecklistPhotos");

            migrationBuilder.DropTable(
                name: "InspectionsCycles");

            migrationBuilder.DropTable(
                name: "InspectionsTasks");

            migrationBuilder.DropColumn(
                name: "InspectionTaskId",
                table: "InspectionsHazards");

            migrationBuilder.DropColumn(
                name: "RiskPointId",
                table: "InspectionsHazards");
        }
    }
}
