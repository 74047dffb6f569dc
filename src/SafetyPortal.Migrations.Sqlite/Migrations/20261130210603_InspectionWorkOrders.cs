using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class InspectionWorkOrders : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "InspectionsWorkOrderAnswers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Period = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    AnsweredBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswererName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    AnsweredTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsWorkOrderAnswers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionsWorkOrderCampaigns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Frequency = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MinPhotos = table.Column<int>(type: "INTEGER", nullable: false),
                    RequirePlace = table.Column<bool>(type: "INTEGER", nullable: false),
                    TargetCount = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsWorkOrderCampaigns", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionsWorkOrderPhotos",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
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
                    table.PrimaryKey("PK_InspectionsWorkOrderPhotos", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "InspectionsWorkOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CampaignId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AnswerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastAnsweredTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InspectionsWorkOrders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderAnswers_CampaignId_Period",
                table: "InspectionsWorkOrderAnswers",
                columns: new[] { "CampaignId", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderAnswers_TenantId",
                table: "InspectionsWorkOrderAnswers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderAnswers_WorkOrderId_Period",
                table: "InspectionsWorkOrderAnswers",
                columns: new[] { "WorkOrderId", "Period" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderCampaigns_TenantId",
                table: "InspectionsWorkOrderCampaigns",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderCampaigns_TenantId_LastDay",
                table: "InspectionsWorkOrderCampaigns",
                columns: new[] { "TenantId", "LastDay" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderPhotos_AnswerId",
                table: "InspectionsWorkOrderPhotos",
                column: "AnswerId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrderPhotos_TenantId",
                table: "InspectionsWorkOrderPhotos",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrders_CampaignId_EnterpriseId",
                table: "InspectionsWorkOrders",
                columns: new[] { "CampaignId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrders_EnterpriseId_CampaignId",
                table: "InspectionsWorkOrders",
                columns: new[] { "EnterpriseId", "CampaignId" });

            migrationBuilder.CreateIndex(
                name: "IX_InspectionsWorkOrders_TenantId",
                table: "InspectionsWorkOrders",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InspectionsWorkOrderAnswers");

            migrationBuilder.DropTable(
                name: "InspectionsWorkOrderCampaigns");

            migrationBuilder.DropTable(
                name: "InspectionsWorkOrderPhotos");

            migrationBuilder.DropTable(
                name: "InspectionsWorkOrders");
        }
    }
}
