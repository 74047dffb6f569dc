using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Notifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Url = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TenantId",
                table: "Notifications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TenantId_RecipientId_CreationTime",
                table: "Notifications",
                columns: new[] { "TenantId", "RecipientId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_TenantId_RecipientId_ReadTime",
                table: "Notifications",
                columns: new[] { "TenantId", "RecipientId", "ReadTime" });

            // The workflow module's own notices move into the centre: user name → user id of the same town, task → task page.
            migrationBuilder.Sql(@"INSERT INTO ""Notifications"" (""Id"", ""TenantId"", ""RecipientId"", ""Kind"", ""Title"", ""Body"", ""Url"", ""CreationTime"", ""ReadTime"")
SELECT n.""Id"", n.""TenantId"", u.""Id"", 'Workflows.' || n.""Kind"", n.""Title"", n.""Body"",
    CASE WHEN n.""TaskId"" IS NOT NULL THEN '/Workflows/Tasks/Task?id=' || n.""TaskId""
         WHEN n.""InstanceId"" IS NOT NULL THEN '/Workflows/Instances/Details?id=' || n.""InstanceId"" END,
    n.""CreationTime"", n.""ReadTime""
FROM ""WorkflowNotifications"" n
JOIN ""AspNetUsers"" u ON u.""NormalizedUserName"" = upper(n.""UserName"")
    AND (u.""TenantId"" = n.""TenantId"" OR (u.""TenantId"" IS NULL AND n.""TenantId"" IS NULL));");

            migrationBuilder.DropTable(
                name: "WorkflowNotifications");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Notifications");

            migrationBuilder.CreateTable(
                name: "WorkflowNotifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    InstanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReadTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: true),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowNotifications", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowNotifications_TenantId",
                table: "WorkflowNotifications",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_WorkflowNotifications_TenantId_UserName_ReadTime",
                table: "WorkflowNotifications",
                columns: new[] { "TenantId", "UserName", "ReadTime" });
        }
    }
}
