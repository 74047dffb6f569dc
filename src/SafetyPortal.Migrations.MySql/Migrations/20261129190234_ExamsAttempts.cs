using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ExamsAttempts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExamsPapers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsPapers", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsExams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PaperId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    OpensAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    DurationMinutes = table.Column<int>(type: "int", nullable: false),
                    PassMark = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false),
                    AttemptsAllowed = table.Column<int>(type: "int", nullable: false),
                    GradingMethod = table.Column<int>(type: "int", nullable: false),
                    MultipleChoiceScoring = table.Column<int>(type: "int", nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ShuffleOptions = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ReviewPolicy = table.Column<int>(type: "int", nullable: false),
                    ShowCorrectAnswers = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    LeavePageLimit = table.Column<int>(type: "int", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Roles = table.Column<string>(type: "varchar(512)", maxLength: 512, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PublishedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsExams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsExams_ExamsPapers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "ExamsPapers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsPaperQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    PaperId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    QuestionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Points = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsPaperQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsPaperQuestions_ExamsPapers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "ExamsPapers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsPaperRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    PaperId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    CategoryId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    RiskCategoryCode = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Kind = table.Column<int>(type: "int", nullable: true),
                    Difficulty = table.Column<int>(type: "int", nullable: true),
                    Personalised = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    Points = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsPaperRules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsPaperRules_ExamsPapers_PaperId",
                        column: x => x.PaperId,
                        principalTable: "ExamsPapers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ExamId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    AttemptNo = table.Column<int>(type: "int", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    SubmitReason = table.Column<int>(type: "int", nullable: true),
                    LastAnswerTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    MaxScore = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false),
                    Score = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: true),
                    Passed = table.Column<bool>(type: "tinyint(1)", nullable: true),
                    LeavePageCount = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsAttempts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsAttempts_ExamsExams_ExamId",
                        column: x => x.ExamId,
                        principalTable: "ExamsExams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsAttemptQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    AttemptId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    No = table.Column<int>(type: "int", nullable: false),
                    QuestionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    QuestionVersion = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Stem = table.Column<string>(type: "longtext", maxLength: 20000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Explanation = table.Column<string>(type: "longtext", maxLength: 20000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OptionsJson = table.Column<string>(type: "longtext", maxLength: 104000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    BlanksJson = table.Column<string>(type: "longtext", maxLength: 20000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Points = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false),
                    AnswerJson = table.Column<string>(type: "longtext", maxLength: 20000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    AnswerSequence = table.Column<long>(type: "bigint", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    Score = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsAttemptQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsAttemptQuestions_ExamsAttempts_AttemptId",
                        column: x => x.AttemptId,
                        principalTable: "ExamsAttempts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttemptQuestions_AttemptId_No",
                table: "ExamsAttemptQuestions",
                columns: new[] { "AttemptId", "No" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttemptQuestions_TenantId",
                table: "ExamsAttemptQuestions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttempts_ExamId_UserId_AttemptNo",
                table: "ExamsAttempts",
                columns: new[] { "ExamId", "UserId", "AttemptNo" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttempts_Status_Deadline",
                table: "ExamsAttempts",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttempts_TenantId",
                table: "ExamsAttempts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsAttempts_UserId_TenantId",
                table: "ExamsAttempts",
                columns: new[] { "UserId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsExams_PaperId",
                table: "ExamsExams",
                column: "PaperId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsExams_Status_ClosesAt_TenantId",
                table: "ExamsExams",
                columns: new[] { "Status", "ClosesAt", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsExams_TenantId",
                table: "ExamsExams",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPaperQuestions_PaperId_SortOrder",
                table: "ExamsPaperQuestions",
                columns: new[] { "PaperId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPaperQuestions_TenantId",
                table: "ExamsPaperQuestions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPaperRules_PaperId_SortOrder",
                table: "ExamsPaperRules",
                columns: new[] { "PaperId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPaperRules_TenantId",
                table: "ExamsPaperRules",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPapers_TenantId",
                table: "ExamsPapers",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsPapers_TenantId_CreationTime",
                table: "ExamsPapers",
                columns: new[] { "TenantId", "CreationTime" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamsAttemptQuestions");

            migrationBuilder.DropTable(
                name: "ExamsPaperQuestions");

            migrationBuilder.DropTable(
                name: "ExamsPaperRules");

            migrationBuilder.DropTable(
                name: "ExamsAttempts");

            migrationBuilder.DropTable(
                name: "ExamsExams");

            migrationBuilder.DropTable(
                name: "ExamsPapers");
        }
    }
}
