using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class BackgroundJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BackgroundJobRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    JobGroup = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    JobName = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    StartedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    Succeeded = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Attempt = table.Column<int>(type: "int", nullable: false),
                    RetryScheduled = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Error = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Node = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobRuns", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobRuns_JobGroup_JobName_StartedAt",
                table: "BackgroundJobRuns",
                columns: new[] { "JobGroup", "JobName", "StartedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobRuns_StartedAt",
                table: "BackgroundJobRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_BackgroundJobRuns_TenantId",
                table: "BackgroundJobRuns",
                column: "TenantId");

            // Quartz's own tables: created here, so the scheduler only validates them at start.
            QuartzTables.Create(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            QuartzTables.Drop(migrationBuilder);

            migrationBuilder.DropTable(
                name: "BackgroundJobRuns");
        }
    }
}
