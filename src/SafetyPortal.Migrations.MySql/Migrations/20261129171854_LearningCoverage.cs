using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class LearningCoverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LearningEnrolments_TenantId_IsActive_EnterpriseId_CompletedT~",
                table: "LearningEnrolments");

            migrationBuilder.CreateTable(
                name: "LearningEnterpriseCoverage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    People = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningEnterpriseCoverage", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "LearningPlanCoverage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    PlanId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Deadline = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Enrolled = table.Column<int>(type: "int", nullable: false),
                    Completed = table.Column<int>(type: "int", nullable: false),
                    HoursEarned = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false),
                    HoursRequired = table.Column<decimal>(type: "decimal(14,2)", precision: 14, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LearningPlanCoverage", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_TenantId_PlanId_IsActive_EnterpriseId_Dea~",
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
                name: "IX_LearningEnrolments_TenantId_PlanId_IsActive_EnterpriseId_Dea~",
                table: "LearningEnrolments");

            migrationBuilder.CreateIndex(
                name: "IX_LearningEnrolments_TenantId_IsActive_EnterpriseId_CompletedT~",
                table: "LearningEnrolments",
                columns: new[] { "TenantId", "IsActive", "EnterpriseId", "CompletedTime", "Deadline", "HoursEarned", "RequiredHours", "UserId" });
        }
    }
}
