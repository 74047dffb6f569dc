using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ExamsQuestions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExamsQuestionCategories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ParentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsQuestionCategories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsQuestionCategories_ExamsQuestionCategories_ParentId",
                        column: x => x.ParentId,
                        principalTable: "ExamsQuestionCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExamsQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CategoryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Stem = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    Difficulty = table.Column<int>(type: "INTEGER", nullable: false),
                    DefaultPoints = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    KeySites = table.Column<int>(type: "INTEGER", nullable: false),
                    NormalisedStemHash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    IsRetired = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreationTime = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsQuestions_ExamsQuestionCategories_CategoryId",
                        column: x => x.CategoryId,
                        principalTable: "ExamsQuestionCategories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExamsQuestionBlanks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Index = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptedAnswers = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    CaseSensitive = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsQuestionBlanks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsQuestionBlanks_ExamsQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ExamsQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamsQuestionOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    IsCorrect = table.Column<bool>(type: "INTEGER", nullable: false),
                    Fraction = table.Column<decimal>(type: "TEXT", precision: 9, scale: 5, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Feedback = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsQuestionOptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsQuestionOptions_ExamsQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ExamsQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ExamsQuestionTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: true),
                    QuestionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExamsQuestionTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExamsQuestionTags_ExamsQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "ExamsQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionBlanks_QuestionId_Index",
                table: "ExamsQuestionBlanks",
                columns: new[] { "QuestionId", "Index" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionBlanks_TenantId",
                table: "ExamsQuestionBlanks",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionCategories_ParentId",
                table: "ExamsQuestionCategories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionCategories_TenantId",
                table: "ExamsQuestionCategories",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionCategories_TenantId_ParentId_SortOrder",
                table: "ExamsQuestionCategories",
                columns: new[] { "TenantId", "ParentId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionOptions_QuestionId_SortOrder",
                table: "ExamsQuestionOptions",
                columns: new[] { "QuestionId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionOptions_TenantId",
                table: "ExamsQuestionOptions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestions_CategoryId",
                table: "ExamsQuestions",
                column: "CategoryId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestions_NormalisedStemHash_TenantId",
                table: "ExamsQuestions",
                columns: new[] { "NormalisedStemHash", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestions_TenantId",
                table: "ExamsQuestions",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestions_TenantId_IsRetired_CategoryId",
                table: "ExamsQuestions",
                columns: new[] { "TenantId", "IsRetired", "CategoryId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionTags_Kind_Code",
                table: "ExamsQuestionTags",
                columns: new[] { "Kind", "Code" });

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionTags_QuestionId_Kind_Code",
                table: "ExamsQuestionTags",
                columns: new[] { "QuestionId", "Kind", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ExamsQuestionTags_TenantId",
                table: "ExamsQuestionTags",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExamsQuestionBlanks");

            migrationBuilder.DropTable(
                name: "ExamsQuestionOptions");

            migrationBuilder.DropTable(
                name: "ExamsQuestionTags");

            migrationBuilder.DropTable(
                name: "ExamsQuestions");

            migrationBuilder.DropTable(
                name: "ExamsQuestionCategories");
        }
    }
}
