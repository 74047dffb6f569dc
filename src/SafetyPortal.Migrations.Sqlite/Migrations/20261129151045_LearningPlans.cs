using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningPlans : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "LearningEnrolments");

            migrationBuilder.DropTable(
                name: "LearningLearnerProfiles");

            migrationBuilder.DropTable(
                name: "LearningTrainingPlanCourses");

            migrationBuilder.DropTable(
                name: "LearningTrainingPlans");
        }
    }
}
