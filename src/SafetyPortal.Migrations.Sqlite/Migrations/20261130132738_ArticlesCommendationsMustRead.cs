using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    PeriodKind = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Quarter = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ProposedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    PublishedTime = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesCommendationLists", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticlesMustReadAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleTitle = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    OwnerEnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrganizationUnitCode = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Audience = table.Column<int>(type: "INTEGER", nullable: false),
                    CreditHours = table.Column<decimal>(type: "TEXT", precision: 6, scale: 2, nullable: false),
                    Deadline = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AssignedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesMustReadAssignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticlesMustReadRecipients",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ArticleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReadToEndAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastRemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ArticlesMustReadRecipients", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ArticlesCommendationEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ListId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnterpriseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: true),
                    Score = table.Column<decimal>(type: "TEXT", precision: 9, scale: 2, nullable: false),
                    IndicatorsJson = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Origin = table.Column<int>(type: "INTEGER", nullable: false),
                    AdditionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Excluded = table.Column<bool>(type: "INTEGER", nullable: false),
                    ExclusionRule = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ExclusionReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CertificateSerial = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
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
                });

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
                name: "IX_ArticlesMustReadRecipients_AssignmentId_TenantId_ReadToEndAt_EnterpriseId_UserId_UnitId",
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
