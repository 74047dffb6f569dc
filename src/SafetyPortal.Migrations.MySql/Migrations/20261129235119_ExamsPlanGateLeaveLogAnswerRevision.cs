using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ExamsPlanGateLeaveLogAnswerRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAnswerTime",
                table: "ExamsAttempts");

            migrationBuilder.AddColumn<Guid>(
                name: "RequiredPlanId",
                table: "ExamsExams",
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ExamsAttemptQuestions",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ExamsLeavePageEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    AttemptId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Time = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ClientTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
                type: "datetime(6)",
                nullable: true);
        }
    }
}
