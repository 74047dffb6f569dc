using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExamsPlanGateLeaveLogAnswerRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Edited by hand: EF rebuilds the table for DropColumn, and the rebuild's PRAGMA cannot run in the
            // migration's transaction (EF warns at every start). SQLite 3.35+ drops an unindexed column in place.
            migrationBuilder.Sql("ALTER TABLE \"ExamsAttempts\" DROP COLUMN \"LastAnswerTime\";");

            migrationBuilder.AddColumn<Guid>(
                name: "RequiredPlanId",
                table: "ExamsExams",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ExamsAttemptQuestions",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ExamsLeavePageEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Time = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClientTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsLeavePageEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsLeavePageEvents_ExamsAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "ExamsAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsLeavePageEvents_AttemptId_Time",
                table: "ExamsLeavePageEvents",
                columns: new[] { "AttemptId", "Time" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsLeavePageEvents_TenantId",
                table: "ExamsLeavePageEvents",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamsLeavePageEvents");

            migrationBuilder.DropColumn(
                name: "RequiredPlanId",
                table: "ExamsExams");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ExamsAttemptQuestions");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastAnswerTime",
                table: "ExamsAttempts",
                type: "TEXT",
                nullable: true);
        }
    }
}
