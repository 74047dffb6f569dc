using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsPapers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExamsExams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PaperId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OpensAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosesAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DurationMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PassMark = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    AttemptsAllowed = table.Column<int>(type: "INTEGER", nullable: false),
                    GradingMethod = table.Column<int>(type: "INTEGER", nullable: false),
                    MultipleChoiceScoring = table.Column<int>(type: "INTEGER", nullable: false),
                    ShuffleQuestions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ShuffleOptions = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReviewPolicy = table.Column<int>(type: "INTEGER", nullable: false),
                    ShowCorrectAnswers = table.Column<bool>(type: "INTEGER", nullable: false),
                    LeavePageLimit = table.Column<int>(type: "INTEGER", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "ExamsPaperQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaperId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "ExamsPaperRules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PaperId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RiskCategoryCode = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Kind = table.Column<int>(type: "INTEGER", nullable: true),
                    Difficulty = table.Column<int>(type: "INTEGER", nullable: true),
                    Personalised = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false)
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
                });

            migrationBuilder.CreateTable(
                name: "ExamsAttempts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AttemptNo = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    SubmittedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SubmitReason = table.Column<int>(type: "INTEGER", nullable: true),
                    LastAnswerTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    MaxScore = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    Passed = table.Column<bool>(type: "INTEGER", nullable: true),
                    LeavePageCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
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
                });

            migrationBuilder.CreateTable(
                name: "ExamsAttemptQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AttemptId = table.Column<Guid>(type: "TEXT", nullable: false),
                    No = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    QuestionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Stem = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    OptionsJson = table.Column<string>(type: "TEXT", maxLength: 104000, nullable: false),
                    BlanksJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Points = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    AnswerJson = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    AnswerSequence = table.Column<long>(type: "INTEGER", nullable: false),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true)
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
                });

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
