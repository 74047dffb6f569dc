using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    QuestionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    WrongCount = table.Column<int>(type: "int", nullable: false),
                    LastWrongAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    ExamId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    VisibleFrom = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ExamCountedUntil = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    CorrectRun = table.Column<int>(type: "int", nullable: false),
                    IsMastered = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    MasteredAt = table.Column<DateTime>(type: "datetime(6)", nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsPracticeTallies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Answered = table.Column<int>(type: "int", nullable: false),
                    Correct = table.Column<int>(type: "int", nullable: false),
                    LastPracticedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsPracticeTallies", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
