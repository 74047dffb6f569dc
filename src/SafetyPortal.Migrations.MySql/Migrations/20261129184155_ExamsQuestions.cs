using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
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
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    ParentId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    Name = table.Column<string>(type: "varchar(128)", maxLength: 128, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Description = table.Column<string>(type: "varchar(1000)", maxLength: 1000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    CategoryId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "varchar(200)", maxLength: 200, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Stem = table.Column<string>(type: "longtext", maxLength: 20000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Explanation = table.Column<string>(type: "longtext", maxLength: 20000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Difficulty = table.Column<int>(type: "int", nullable: false),
                    DefaultPoints = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: false),
                    KeySites = table.Column<int>(type: "int", nullable: false),
                    NormalisedStemHash = table.Column<string>(type: "char(64)", fixedLength: true, maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    Version = table.Column<int>(type: "int", nullable: false),
                    IsRetired = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "varchar(40)", maxLength: 40, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CreationTime = table.Column<DateTime>(type: "datetime(6)", nullable: false),
                    LastModificationTime = table.Column<DateTime>(type: "datetime(6)", nullable: true)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsQuestionBlanks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    QuestionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Index = table.Column<int>(type: "int", nullable: false),
                    AcceptedAnswers = table.Column<string>(type: "varchar(8000)", maxLength: 8000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    CaseSensitive = table.Column<bool>(type: "tinyint(1)", nullable: false)
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsQuestionOptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    QuestionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Text = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4"),
                    IsCorrect = table.Column<bool>(type: "tinyint(1)", nullable: false),
                    Fraction = table.Column<decimal>(type: "decimal(9,5)", precision: 9, scale: 5, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Feedback = table.Column<string>(type: "varchar(4000)", maxLength: 4000, nullable: true)
                        .Annotation("MySql:CharSet", "utf8mb4")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

            migrationBuilder.CreateTable(
                name: "ExamsQuestionTags",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    TenantId = table.Column<Guid>(type: "char(36)", nullable: true, collation: "ascii_general_ci"),
                    QuestionId = table.Column<Guid>(type: "char(36)", nullable: false, collation: "ascii_general_ci"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Code = table.Column<string>(type: "varchar(64)", maxLength: 64, nullable: false)
                        .Annotation("MySql:CharSet", "utf8mb4")
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
                })
                .Annotation("MySql:CharSet", "utf8mb4");

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
