using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class LearningCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LearningEnrolments_TenantId_IsActive_EnterpriseId_CompletedTime_Deadline_HoursEarned_RequiredHours_UserId",
                table: "LearningEnrolments");

            migrationBuilder.CreateTable(
                name: "LearningEnterpriseCoverage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEnterpriseCoverage", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LearningPlanCoverage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Enrolled = table.Column<int>(type: "INTEGER", nullable: false),
                    Completed = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursEarned = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    HoursRequired = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningPlanCoverage", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_TenantId_PlanId_IsActive_EnterpriseId_Deadline_CompletedTime_HoursEarned_RequiredHours_UserId",
                table: "LearningEnrolments",
                columns: new[] { "TenantId", "PlanId", "IsActive", "EnterpriseId", "Deadline", "CompletedTime", "HoursEarned", "RequiredHours", "UserId" });

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnterpriseCoverage_TenantId",
                table: "LearningEnterpriseCoverage",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnterpriseCoverage_TenantId_EnterpriseId",
                table: "LearningEnterpriseCoverage",
                columns: new[] { "TenantId", "EnterpriseId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LearningPlanCoverage_TenantId",
                table: "LearningPlanCoverage",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_LearningPlanCoverage_TenantId_PlanId_EnterpriseId_Deadline",
                table: "LearningPlanCoverage",
                columns: new[] { "TenantId", "PlanId", "EnterpriseId", "Deadline" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LearningEnterpriseCoverage");

            migrationBuilder.DropTable(
                name: "LearningPlanCoverage");

            migrationBuilder.DropIndex(
                name: "IX_LearningEnrolments_TenantId_PlanId_IsActive_EnterpriseId_Deadline_CompletedTime_HoursEarned_RequiredHours_UserId",
                table: "LearningEnrolments");

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_TenantId_IsActive_EnterpriseId_CompletedTime_Deadline_HoursEarned_RequiredHours_UserId",
                table: "LearningEnrolments",
                columns: new[] { "TenantId", "IsActive", "EnterpriseId", "CompletedTime", "Deadline", "HoursEarned", "RequiredHours", "UserId" });
        }
    }
}
