using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                type: "char(36)",
                nullable: true,
                collation: "ascii_general_ci");

            migrationBuilder.AddColumn<string>(
                name: "Position",
                table: "ExamsAttempts",
                type: "varchar(64)",
                maxLength: 64,
                nullable: true)
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsCertificates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Serial = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    HolderName = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LinesJson = table.Column<string>(type: "varchar(1664)", maxLength: 1664, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    TownName = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SourceKind = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SourceId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    IssuedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    RevokedAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    RevokeReason = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsCertificates", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
