using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SafetyPortal.Migrations.MySql.Migrations
{
    /// <inheritdoc />
    public partial class ExamsAnswerRevision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LastAnswerTime",
                table: "ExamsAttempts");

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "ExamsAttemptQuestions",
                type: "int",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Revision",
                table: "ExamsAttemptQuestions");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastAnswerTime",
                table: "ExamsAttempts",
                type: "datetime(6)",
                nullable: true);
        }
    }
}
