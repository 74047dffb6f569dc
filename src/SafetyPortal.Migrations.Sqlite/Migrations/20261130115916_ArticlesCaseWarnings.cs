using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ArticlesCaseWarnings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticlesCaseWarnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    IssueNumber = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    MarkdownBody = table.Column<string>(type: "TEXT", nullable: false),
                    HtmlBody = table.Column<string>(type: "TEXT", nullable: false),
                    CoverFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ViolationType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LegalBasis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Penalty = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    KeySites = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PublishAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCaseWarnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticlesCaseWarningReadings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstOpenedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadToEndAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCaseWarningReadings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticlesCaseWarningReadings_ArticlesCaseWarnings_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "ArticlesCaseWarnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ArticlesCaseWarningTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCaseWarningTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticlesCaseWarningTags_ArticlesCaseWarnings_ArticleId",
                        column: x => x.ArticleId,
                        principalTable: "ArticlesCaseWarnings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarningReadings_ArticleId_UserId",
                table: "ArticlesCaseWarningReadings",
                columns: new[] { "ArticleId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarningReadings_TenantId",
                table: "ArticlesCaseWarningReadings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarningReadings_UserId_FirstOpenedAt",
                table: "ArticlesCaseWarningReadings",
                columns: new[] { "UserId", "FirstOpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarnings_TenantId",
                table: "ArticlesCaseWarnings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarnings_TenantId_IssueNumber",
                table: "ArticlesCaseWarnings",
                columns: new[] { "TenantId", "IssueNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarnings_TenantId_Status_PublishAt",
                table: "ArticlesCaseWarnings",
                columns: new[] { "TenantId", "Status", "PublishAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarningTags_ArticleId_Kind_Code",
                table: "ArticlesCaseWarningTags",
                columns: new[] { "ArticleId", "Kind", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarningTags_Kind_Code",
                table: "ArticlesCaseWarningTags",
                columns: new[] { "Kind", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCaseWarningTags_TenantId",
                table: "ArticlesCaseWarningTags",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticlesCaseWarningReadings");

            migrationBuilder.DropTable(
                name: "ArticlesCaseWarningTags");

            migrationBuilder.DropTable(
                name: "ArticlesCaseWarnings");
        }
    }
}
