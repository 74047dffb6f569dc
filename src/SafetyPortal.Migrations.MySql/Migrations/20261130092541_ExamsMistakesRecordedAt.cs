using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ExamsMistakesRecordedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "MistakesRecordedAt",
                table: "ExamsAttempts",
                type: "datetime(6)",
                nullable: true);

            // Attempts submitted before this migration had their mistakes recorded by the submit itself.
            migrationBuilder.Sql("UPDATE ExamsAttempts SET MistakesRecordedAt = SubmittedAt WHERE Status = 2");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttempts_Status_MistakesRecordedAt",
                table: "ExamsAttempts",
                columns: new[] { "Status", "MistakesRecordedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExamsAttempts_Status_MistakesRecordedAt",
                table: "ExamsAttempts");

            migrationBuilder.DropColumn(
                name: "MistakesRecordedAt",
                table: "ExamsAttempts");
        }
    }
}
