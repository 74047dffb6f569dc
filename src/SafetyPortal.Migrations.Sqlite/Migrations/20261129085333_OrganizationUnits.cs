using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OrganizationUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OrganizationEnterpriseProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Type = table.Column<int>(type: "INTEGER", nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    Scale = table.Column<int>(type: "INTEGER", nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Longitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    Latitude = table.Column<decimal>(type: "TEXT", precision: 9, scale: 6, nullable: true),
                    PrincipalName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    PrincipalPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SafetyManagerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    SafetyManagerPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    KeySites = table.Column<int>(type: "INTEGER", nullable: false),
                    RegulatoryGrade = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationEnterpriseProfiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationEnterpriseProfiles_OrganizationUnits_Id",
                        column: x => x.Id,
                        principalTable: "OrganizationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganizationUnitMembers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationUnitMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationUnitMembers_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganizationUnitMembers_OrganizationUnits_OrganizationUnitId",
                        column: x => x.OrganizationUnitId,
                        principalTable: "OrganizationUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationEnterpriseProfiles_TenantId",
                table: "OrganizationEnterpriseProfiles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationEnterpriseProfiles_TenantId_CreditCode",
                table: "OrganizationEnterpriseProfiles",
                columns: new[] { "TenantId", "CreditCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnitMembers_OrganizationUnitId_UserId",
                table: "OrganizationUnitMembers",
                columns: new[] { "OrganizationUnitId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnitMembers_TenantId",
                table: "OrganizationUnitMembers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationUnitMembers_UserId",
                table: "OrganizationUnitMembers",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OrganizationEnterpriseProfiles");

            migrationBuilder.DropTable(
                name: "OrganizationUnitMembers");
        }
    }
}
