using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IssueNumber = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Summary = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    MarkdownBody = table.Column<string>(type: "longtext", nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    HtmlBody = table.Column<string>(type: "longtext", nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CoverFileId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ViolationType = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    LegalBasis = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Penalty = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    KeySites = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PublishAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ReadCount = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCaseWarnings", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ArticlesCaseWarningReadings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ArticleId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    FirstOpenedAt = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    ReadToEndAt = table.Column<DateTime>(type: "datetime(6)", nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ArticlesCaseWarningTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ArticleId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
