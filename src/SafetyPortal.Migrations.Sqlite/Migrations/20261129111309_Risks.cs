using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Risks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RisksIndustries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksIndustries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RisksCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    IndustryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    KeySites = table.Column<int>(type: "INTEGER", nullable: false),
                    CurrentVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RisksCategories_RisksIndustries_IndustryId",
                        column: x => x.IndustryId,
                        principalTable: "RisksIndustries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RisksCategoryVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    VersionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    TypicalHazards = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ControlMeasures = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CheckPoints = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    KeySites = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidFrom = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksCategoryVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RisksCategoryVersions_RisksCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "RisksCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RisksPoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CategoryVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Equipment = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    Method = table.Column<int>(type: "INTEGER", nullable: false),
                    Likelihood = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Exposure = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: true),
                    Severity = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 10, scale: 2, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsiblePerson = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResponsiblePhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Verification = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    VerifiedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RisksPoints_RisksCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "RisksCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RisksControlMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RiskPointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponsibleRole = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksControlMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RisksControlMeasures_RisksPoints_RiskPointId",
                        column: x => x.RiskPointId,
                        principalTable: "RisksPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RisksPointChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RiskPointId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Verification = table.Column<int>(type: "INTEGER", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RisksPointChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RisksPointChanges_RisksPoints_RiskPointId",
                        column: x => x.RiskPointId,
                        principalTable: "RisksPoints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RisksCategories_Code",
                table: "RisksCategories",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_RisksCategories_IndustryId",
                table: "RisksCategories",
                column: "IndustryId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksCategories_TenantId",
                table: "RisksCategories",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksCategories_TenantId_Code",
                table: "RisksCategories",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RisksCategoryVersions_CategoryId_VersionNumber",
                table: "RisksCategoryVersions",
                columns: new[] { "CategoryId", "VersionNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RisksCategoryVersions_TenantId",
                table: "RisksCategoryVersions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksControlMeasures_RiskPointId",
                table: "RisksControlMeasures",
                column: "RiskPointId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksControlMeasures_TenantId",
                table: "RisksControlMeasures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksIndustries_TenantId",
                table: "RisksIndustries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksIndustries_TenantId_Code",
                table: "RisksIndustries",
                columns: new[] { "TenantId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RisksPointChanges_RiskPointId_CreationTime",
                table: "RisksPointChanges",
                columns: new[] { "RiskPointId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_RisksPointChanges_TenantId",
                table: "RisksPointChanges",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_CategoryId",
                table: "RisksPoints",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_EnterpriseId_Status_Level",
                table: "RisksPoints",
                columns: new[] { "EnterpriseId", "Status", "Level" });

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_TenantId",
                table: "RisksPoints",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_RisksPoints_TenantId_Status_Level",
                table: "RisksPoints",
                columns: new[] { "TenantId", "Status", "Level" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RisksCategoryVersions");

            migrationBuilder.DropTable(
                name: "RisksControlMeasures");

            migrationBuilder.DropTable(
                name: "RisksPointChanges");

            migrationBuilder.DropTable(
                name: "RisksPoints");

            migrationBuilder.DropTable(
                name: "RisksCategories");

            migrationBuilder.DropTable(
                name: "RisksIndustries");
        }
    }
}
