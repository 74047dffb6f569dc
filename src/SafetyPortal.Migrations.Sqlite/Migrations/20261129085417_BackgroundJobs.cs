using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    JobGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    JobName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    RetryScheduled = table.Column<bool>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BackgroundJobRuns", x => x.Id);
                });

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
