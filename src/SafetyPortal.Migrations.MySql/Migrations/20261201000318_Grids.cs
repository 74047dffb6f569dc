using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class Grids : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "GridId",
                table: "OrganizationEnterpriseProfiles",
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            migrationBuilder.CreateTable(
                name: "OrganizationGrids",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Name = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OfficerId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganizationGrids", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganizationGrids_AspNetUsers_OfficerId",
                        column: x => x.OfficerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationEnterpriseProfiles_GridId",
                table: "OrganizationEnterpriseProfiles",
                column: "GridId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationGrids_OfficerId",
                table: "OrganizationGrids",
                column: "OfficerId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationGrids_TenantId",
                table: "OrganizationGrids",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganizationGrids_TenantId_Name",
                table: "OrganizationGrids",
                columns: new[] { "TenantId", "Name" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_OrganizationEnterpriseProfiles_OrganizationGrids_GridId",
                table: "OrganizationEnterpriseProfiles",
                column: "GridId",
                principalTable: "OrganizationGrids",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_OrganizationEnterpriseProfiles_OrganizationGrids_GridId",
                table: "OrganizationEnterpriseProfiles");

            migrationBuilder.DropTable(
                name: "OrganizationGrids");

            migrationBuilder.DropIndex(
                name: "IX_OrganizationEnterpriseProfiles_GridId",
                table: "OrganizationEnterpriseProfiles");

            migrationBuilder.DropColumn(
                name: "GridId",
                table: "OrganizationEnterpriseProfiles");
        }
    }
}
