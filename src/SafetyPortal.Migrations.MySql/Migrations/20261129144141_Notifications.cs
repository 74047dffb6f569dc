using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    RecipientId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Title = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Body = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Url = table.Column<string>(type: "varchar(512)", maxLength: 512, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ReadTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
            migrationBuilder.Sql(@"INSERT INTO `Notifications` (`Id`, `TenantId`, `RecipientId`, `Kind`, `Title`, `Body`, `Url`, `CreationTime`, `ReadTime`)
SELECT n.`Id`, n.`TenantId`, u.`Id`, CONCAT('Workflows.', n.`Kind`), n.`Title`, n.`Body`,
    CASE WHEN n.`TaskId` IS NOT NULL THEN CONCAT('/Workflows/Tasks/Task?id=', n.`TaskId`)
         WHEN n.`InstanceId` IS NOT NULL THEN CONCAT('/Workflows/Instances/Details?id=', n.`InstanceId`) END,
    n.`CreationTime`, n.`ReadTime`
FROM `WorkflowNotifications` n
JOIN `AspNetUsers` u ON u.`NormalizedUserName` = UPPER(n.`UserName`)
    AND (u.`TenantId` = n.`TenantId` OR (u.`TenantId` IS NULL AND n.`TenantId` IS NULL));");

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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Body = table.Column<string>(type: "varchar(2000)", maxLength: 2000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    InstanceId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Kind = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ReadTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    TaskId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    UserName = table.Column<string>(type: "varchar(256)", maxLength: 256, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WorkflowNotifications", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
