using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExamsResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "EnterpriseId",
                table: "ExamsAttempts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "ExamsAttempts",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttempts_ExamId_Status_TenantId",
                table: "ExamsAttempts",
                columns: new[] { "ExamId", "Status", "TenantId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExamsAttempts_ExamId_Status_TenantId",
                table: "ExamsAttempts");

            migrationBuilder.DropColumn(
                name: "EnterpriseId",
                table: "ExamsAttempts");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "ExamsAttempts");
        }
    }
}
