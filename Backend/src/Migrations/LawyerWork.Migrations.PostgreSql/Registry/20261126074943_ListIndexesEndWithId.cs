using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Registry
{
    /// <inheritdoc />
    public partial class ListIndexesEndWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_lawyers_name_search",
                schema: "registry",
                table: "lawyers");

            migrationBuilder.DropIndex(
                name: "ix_lawyers_region_code_name_search",
                schema: "registry",
                table: "lawyers");

            migrationBuilder.DropIndex(
                name: "ix_firms_name_search",
                schema: "registry",
                table: "firms");

            migrationBuilder.DropIndex(
                name: "ix_firms_region_code_name_search",
                schema: "registry",
                table: "firms");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_name_search_id",
                schema: "registry",
                table: "lawyers",
                columns: new[] { "name_search", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_region_code_name_search_id",
                schema: "registry",
                table: "lawyers",
                columns: new[] { "region_code", "name_search", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_firms_name_search_id",
                schema: "registry",
                table: "firms",
                columns: new[] { "name_search", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_firms_region_code_name_search_id",
                schema: "registry",
                table: "firms",
                columns: new[] { "region_code", "name_search", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_lawyers_name_search_id",
                schema: "registry",
                table: "lawyers");

            migrationBuilder.DropIndex(
                name: "ix_lawyers_region_code_name_search_id",
                schema: "registry",
                table: "lawyers");

            migrationBuilder.DropIndex(
                name: "ix_firms_name_search_id",
                schema: "registry",
                table: "firms");

            migrationBuilder.DropIndex(
                name: "ix_firms_region_code_name_search_id",
                schema: "registry",
                table: "firms");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_name_search",
                schema: "registry",
                table: "lawyers",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_region_code_name_search",
                schema: "registry",
                table: "lawyers",
                columns: new[] { "region_code", "name_search" });

            migrationBuilder.CreateIndex(
                name: "ix_firms_name_search",
                schema: "registry",
                table: "firms",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_firms_region_code_name_search",
                schema: "registry",
                table: "firms",
                columns: new[] { "region_code", "name_search" });
        }
    }
}
