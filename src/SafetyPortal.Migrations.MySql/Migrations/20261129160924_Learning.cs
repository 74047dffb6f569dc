using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    OwnerUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Description = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CoverFileId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PublishedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    KeySites = table.Column<int>(type: "int", nullable: false),
                    CreditHours = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false),
                    LessonCount = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCourses", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningCreditHourEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Hours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    Source = table.Column<int>(type: "int", nullable: false),
                    SourceId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CourseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    EarnedTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningCreditHourEntries", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    PlanId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    PrimaryAudience = table.Column<int>(type: "int", nullable: false),
                    EnrolledTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    RequiredHours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    HoursEarned = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    CompletedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    IsActive = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    LastRemindedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ReminderCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEnrolments", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningLearnerProfiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Position = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IndustryCode = table.Column<string>(type: "varchar(16)", maxLength: 16, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PostChangedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AbsentFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    ReturnedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ThreeLevelDone = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLearnerProfiles", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningLessonProgress",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    LessonId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CourseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    StudiedSeconds = table.Column<int>(type: "int", nullable: false),
                    LastPosition = table.Column<double>(type: "double", nullable: false),
                    WatchedUpTo = table.Column<double>(type: "double", nullable: false),
                    LastStudyTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    CompletedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningLessonProgress", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningStudySessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    LessonId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    StartedTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastBeatTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastClientTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastPosition = table.Column<double>(type: "double", nullable: false),
                    EndedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    CreditedSeconds = table.Column<int>(type: "int", nullable: false),
                    AcceptedBeats = table.Column<int>(type: "int", nullable: false),
                    RejectedBeats = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningStudySessions", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningTrainingPlans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Description = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    ConditionsJson = table.Column<string>(type: "varchar(8000)", maxLength: 8000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OrganizationUnitId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    OrganizationUnitCode = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PeriodStart = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    PeriodEnd = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    RequiredHours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    ExamId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Status = table.Column<int>(type: "int", nullable: false),
                    PublishedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastEnrolmentTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningTrainingPlans", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningChapters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CourseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Order = table.Column<int>(type: "int", nullable: false)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningCourseTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CourseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningTrainingPlanCourses",
                columns: table => new
                {
                    PlanId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    CourseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Order = table.Column<int>(type: "int", nullable: false)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningLessons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CourseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ChapterId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Body = table.Column<string>(type: "longtext", maxLength: 200000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    FileId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    FileName = table.Column<string>(type: "varchar(255)", maxLength: 255, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    VideoSeconds = table.Column<int>(type: "int", nullable: true),
                    CreditHours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    MinimumStudySeconds = table.Column<int>(type: "int", nullable: false),
                    Order = table.Column<int>(type: "int", nullable: false)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
                name: "IX_LearningEnrolments_EnterpriseId_IsActive_PlanId_UnitId_Prima~",
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
                name: "IX_LearningEnrolments_TenantId_IsActive_EnterpriseId_CompletedT~",
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
