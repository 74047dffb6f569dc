using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ArticlesCommendationsMustRead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ArticlesCommendationLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Title = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    PeriodKind = table.Column<int>(type: "int", nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Quarter = table.Column<int>(type: "int", nullable: true),
                    Status = table.Column<int>(type: "int", nullable: false),
                    ReturnReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ProposedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DecidedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    PublishedTime = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCommendationLists", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ArticlesMustReadAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ArticleId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ArticleTitle = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    OwnerEnterpriseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    OrganizationUnitCode = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Audience = table.Column<int>(type: "int", nullable: false),
                    CreditHours = table.Column<decimal>(type: "decimal(6,2)", precision: 6, scale: 2, nullable: false),
                    Deadline = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    AssignedBy = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    RecipientCount = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesMustReadAssignments", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ArticlesMustReadRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    AssignmentId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ArticleId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UserId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    UnitId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    ReadToEndAt = table.Column<DateTime>(type: "datetime(6)", nullable: true),
                    LastRemindedAt = table.Column<DateTime>(type: "datetime(6)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesMustReadRecipients", x => x.Id);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ArticlesCommendationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ListId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    SubjectId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    EnterpriseId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Name = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Rank = table.Column<int>(type: "int", nullable: true),
                    Score = table.Column<decimal>(type: "decimal(9,2)", precision: 9, scale: 2, nullable: false),
                    IndicatorsJson = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Origin = table.Column<int>(type: "int", nullable: false),
                    AdditionReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Excluded = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ExclusionRule = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    ExclusionReason = table.Column<string>(type: "varchar(500)", maxLength: 500, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CertificateSerial = table.Column<string>(type: "varchar(32)", maxLength: 32, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCommendationEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ArticlesCommendationEntries_ArticlesCommendationLists_ListId",
                        column: x => x.ListId,
                        principalTable: "ArticlesCommendationLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCommendationEntries_ListId_Kind_SubjectId",
                table: "ArticlesCommendationEntries",
                columns: new[] { "ListId", "Kind", "SubjectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCommendationEntries_TenantId",
                table: "ArticlesCommendationEntries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCommendationLists_Status_ProposedTime",
                table: "ArticlesCommendationLists",
                columns: new[] { "Status", "ProposedTime" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCommendationLists_TenantId",
                table: "ArticlesCommendationLists",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesCommendationLists_TenantId_Status_Year",
                table: "ArticlesCommendationLists",
                columns: new[] { "TenantId", "Status", "Year" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadAssignments_ArticleId",
                table: "ArticlesMustReadAssignments",
                column: "ArticleId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadAssignments_TenantId",
                table: "ArticlesMustReadAssignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadAssignments_TenantId_CreationTime",
                table: "ArticlesMustReadAssignments",
                columns: new[] { "TenantId", "CreationTime" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadRecipients_AssignmentId_TenantId_ReadToEndAt~",
                table: "ArticlesMustReadRecipients",
                columns: new[] { "AssignmentId", "TenantId", "ReadToEndAt", "EnterpriseId", "UserId", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadRecipients_AssignmentId_UserId",
                table: "ArticlesMustReadRecipients",
                columns: new[] { "AssignmentId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadRecipients_TenantId",
                table: "ArticlesMustReadRecipients",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ArticlesMustReadRecipients_UserId_ArticleId",
                table: "ArticlesMustReadRecipients",
                columns: new[] { "UserId", "ArticleId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ArticlesCommendationEntries");

            migrationBuilder.DropTable(
                name: "ArticlesMustReadAssignments");

            migrationBuilder.DropTable(
                name: "ArticlesMustReadRecipients");

            migrationBuilder.DropTable(
                name: "ArticlesCommendationLists");
        }
    }
}
