using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExamsResultsPracticeCertificates : Migration
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

            migrationBuilder.CreateTable(
                name: "ExamsCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Serial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    HolderName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    LinesJson = table.Column<string>(type: "TEXT", maxLength: 1664, nullable: false),
                    TownName = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    SourceKind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokeReason = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsCertificates", x => x.Id);
                });

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
                name: "IX_ExamsAttempts_ExamId_Status_TenantId",
                table: "ExamsAttempts",
                columns: new[] { "ExamId", "Status", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttemptQuestions_AttemptId_QuestionId_Points_Score",
                table: "ExamsAttemptQuestions",
                columns: new[] { "AttemptId", "QuestionId", "Points", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsCertificates_Serial",
                table: "ExamsCertificates",
                column: "Serial",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsCertificates_SourceKind_SourceId",
                table: "ExamsCertificates",
                columns: new[] { "SourceKind", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsCertificates_TenantId",
                table: "ExamsCertificates",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsCertificates_UserId_TenantId",
                table: "ExamsCertificates",
                columns: new[] { "UserId", "TenantId" });

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
                name: "ExamsCertificates");

            migrationBuilder.DropTable(
                name: "ExamsMistakeBook");

            migrationBuilder.DropTable(
                name: "ExamsPracticeTallies");

            migrationBuilder.DropIndex(
                name: "IX_ExamsAttempts_ExamId_Status_TenantId",
                table: "ExamsAttempts");

            migrationBuilder.DropIndex(
                name: "IX_ExamsAttemptQuestions_AttemptId_QuestionId_Points_Score",
                table: "ExamsAttemptQuestions");

            migrationBuilder.DropColumn(
                name: "EnterpriseId",
                table: "ExamsAttempts");

            migrationBuilder.DropColumn(
                name: "Position",
                table: "ExamsAttempts");
        }
    }
}
