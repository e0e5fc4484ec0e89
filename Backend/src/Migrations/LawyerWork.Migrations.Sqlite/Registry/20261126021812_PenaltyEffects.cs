using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class PenaltyEffects : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "needs_new_firm",
                table: "registry_lawyers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "suspended_until",
                table: "registry_lawyers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "suspended_until",
                table: "registry_firms",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "needs_new_firm",
                table: "registry_lawyers");

            migrationBuilder.DropColumn(
                name: "suspended_until",
                table: "registry_lawyers");

            migrationBuilder.DropColumn(
                name: "suspended_until",
                table: "registry_firms");
        }
    }
}
