using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Registry
{
    /// <inheritdoc />
    public partial class PenaltyEffects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "needs_new_firm",
                schema: "registry",
                table: "lawyers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "suspended_until",
                schema: "registry",
                table: "lawyers",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "suspended_until",
                schema: "registry",
                table: "firms",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "needs_new_firm",
                schema: "registry",
                table: "lawyers");

            migrationBuilder.DropColumn(
                name: "suspended_until",
                schema: "registry",
                table: "lawyers");

            migrationBuilder.DropColumn(
                name: "suspended_until",
                schema: "registry",
                table: "firms");
        }
    }
}
