using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExamsPractice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExamsMistakeBook",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrongCount = table.Column<int>(type: "INTEGER", nullable: false),
                    LastWrongAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    VisibleFrom = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ExamCountedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CorrectRun = table.Column<int>(type: "INTEGER", nullable: false),
                    IsMastered = table.Column<bool>(type: "INTEGER", nullable: false),
                    MasteredAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsMistakeBook", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsMistakeBook_ExamsQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ExamsQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamsPracticeTallies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Answered = table.Column<int>(type: "INTEGER", nullable: false),
                    Correct = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPracticedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsPracticeTallies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsMistakeBook_QuestionId",
                table: "ExamsMistakeBook",
                column: "QuestionId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsMistakeBook_TenantId",
                table: "ExamsMistakeBook",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsMistakeBook_UserId_LastWrongAt",
                table: "ExamsMistakeBook",
                columns: new[] { "UserId", "LastWrongAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsMistakeBook_UserId_QuestionId",
                table: "ExamsMistakeBook",
                columns: new[] { "UserId", "QuestionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPracticeTallies_TenantId",
                table: "ExamsPracticeTallies",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPracticeTallies_UserId",
                table: "ExamsPracticeTallies",
                column: "UserId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamsMistakeBook");

            migrationBuilder.DropTable(
                name: "ExamsPracticeTallies");
        }
    }
}
