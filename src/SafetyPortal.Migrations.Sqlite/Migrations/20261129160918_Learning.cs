using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Learning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LearningCourses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OwnerUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CoverFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    KeySites = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditHours = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    LessonCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningCreditHourEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Hours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Source = table.Column<int>(type: "INTEGER", nullable: false),
                    SourceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EarnedTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCreditHourEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    PrimaryAudience = table.Column<int>(type: "INTEGER", nullable: false),
                    EnrolledTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequiredHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    HoursEarned = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    CompletedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastRemindedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReminderCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEnrolments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningLearnerProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Position = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PostChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AbsentFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ThreeLevelDone = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLearnerProfiles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningLessonProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StudiedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    LastPosition = table.Column<double>(type: "REAL", nullable: false),
                    WatchedUpTo = table.Column<double>(type: "REAL", nullable: false),
                    LastStudyTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLessonProgress", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningStudySessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LessonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartedTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastBeatTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastClientTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastPosition = table.Column<double>(type: "REAL", nullable: false),
                    EndedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreditedSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedBeats = table.Column<int>(type: "INTEGER", nullable: false),
                    RejectedBeats = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningStudySessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningTrainingPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    ConditionsJson = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    OrganizationUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganizationUnitCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PeriodStart = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PeriodEnd = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RequiredHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    ExamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastEnrolmentTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningTrainingPlans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningChapters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningChapters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningChapters_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningCourseTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourseTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningCourseTags_LearningCourses_CourseId",
                        column: x => x.CourseId,
                        principalTable: "LearningCourses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningTrainingPlanCourses",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningTrainingPlanCourses", x => new { x.PlanId, x.CourseId });
                    table.ForeignKey(
                        name: "FK_LearningTrainingPlanCourses_LearningTrainingPlans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "LearningTrainingPlans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LearningLessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CourseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChapterId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200000, nullable: true),
                    FileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: true),
                    VideoSeconds = table.Column<int>(type: "INTEGER", nullable: true),
                    CreditHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    MinimumStudySeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLessons", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LearningLessons_LearningChapters_ChapterId",
                        column: x => x.ChapterId,
                        principalTable: "LearningChapters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningChapters_CourseId",
                table: "LearningChapters",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningChapters_TenantId",
                table: "LearningChapters",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourses_OwnerUnitId",
                table: "LearningCourses",
                column: "OwnerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourses_TenantId",
                table: "LearningCourses",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourses_TenantId_Status_PublishedTime",
                table: "LearningCourses",
                columns: new[] { "TenantId", "Status", "PublishedTime" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourseTags_CourseId_Kind_Code",
                table: "LearningCourseTags",
                columns: new[] { "CourseId", "Kind", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourseTags_Kind_Code",
                table: "LearningCourseTags",
                columns: new[] { "Kind", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCourseTags_TenantId",
                table: "LearningCourseTags",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCreditHourEntries_EnterpriseId_Year",
                table: "LearningCreditHourEntries",
                columns: new[] { "EnterpriseId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCreditHourEntries_TenantId",
                table: "LearningCreditHourEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningCreditHourEntries_TenantId_Year_UserId_Hours",
                table: "LearningCreditHourEntries",
                columns: new[] { "TenantId", "Year", "UserId", "Hours" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningCreditHourEntries_UserId_Source_SourceId",
                table: "LearningCreditHourEntries",
                columns: new[] { "UserId", "Source", "SourceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningCreditHourEntries_UserId_Year",
                table: "LearningCreditHourEntries",
                columns: new[] { "UserId", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_EnterpriseId_IsActive_PlanId_UnitId_PrimaryAudience_CompletedTime_Deadline_HoursEarned_RequiredHours_UserId_TenantId",
                table: "LearningEnrolments",
                columns: new[] { "EnterpriseId", "IsActive", "PlanId", "UnitId", "PrimaryAudience", "CompletedTime", "Deadline", "HoursEarned", "RequiredHours", "UserId", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_PlanId_UserId",
                table: "LearningEnrolments",
                columns: new[] { "PlanId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_TenantId",
                table: "LearningEnrolments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_TenantId_IsActive_EnterpriseId_CompletedTime_Deadline_HoursEarned_RequiredHours_UserId",
                table: "LearningEnrolments",
                columns: new[] { "TenantId", "IsActive", "EnterpriseId", "CompletedTime", "Deadline", "HoursEarned", "RequiredHours", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_UserId",
                table: "LearningEnrolments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLearnerProfiles_EnterpriseId",
                table: "LearningLearnerProfiles",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLearnerProfiles_TenantId",
                table: "LearningLearnerProfiles",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLearnerProfiles_TenantId_UserId",
                table: "LearningLearnerProfiles",
                columns: new[] { "TenantId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonProgress_CourseId_UserId",
                table: "LearningLessonProgress",
                columns: new[] { "CourseId", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonProgress_TenantId",
                table: "LearningLessonProgress",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessonProgress_UserId_LessonId",
                table: "LearningLessonProgress",
                columns: new[] { "UserId", "LessonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessons_ChapterId",
                table: "LearningLessons",
                column: "ChapterId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessons_CourseId",
                table: "LearningLessons",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningLessons_TenantId",
                table: "LearningLessons",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningStudySessions_TenantId",
                table: "LearningStudySessions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningStudySessions_UserId_LastBeatTime",
                table: "LearningStudySessions",
                columns: new[] { "UserId", "LastBeatTime" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningTrainingPlanCourses_CourseId",
                table: "LearningTrainingPlanCourses",
                column: "CourseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningTrainingPlans_EnterpriseId",
                table: "LearningTrainingPlans",
                column: "EnterpriseId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningTrainingPlans_TenantId",
                table: "LearningTrainingPlans",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningTrainingPlans_TenantId_Status_PeriodStart",
                table: "LearningTrainingPlans",
                columns: new[] { "TenantId", "Status", "PeriodStart" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningCourseTags");

            migrationBuilder.DropTable(
                name: "LearningCreditHourEntries");

            migrationBuilder.DropTable(
                name: "LearningEnrolments");

            migrationBuilder.DropTable(
                name: "LearningLearnerProfiles");

            migrationBuilder.DropTable(
                name: "LearningLessonProgress");

            migrationBuilder.DropTable(
                name: "LearningLessons");

            migrationBuilder.DropTable(
                name: "LearningStudySessions");

            migrationBuilder.DropTable(
                name: "LearningTrainingPlanCourses");

            migrationBuilder.DropTable(
                name: "LearningChapters");

            migrationBuilder.DropTable(
                name: "LearningTrainingPlans");

            migrationBuilder.DropTable(
                name: "LearningCourses");
        }
    }
}
