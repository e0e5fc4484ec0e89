using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class ListIndexesEndWithId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registry_lawyers_name_search",
                table: "registry_lawyers");

            migrationBuilder.DropIndex(
                name: "ix_registry_lawyers_region_code_name_search",
                table: "registry_lawyers");

            migrationBuilder.DropIndex(
                name: "ix_registry_firms_name_search",
                table: "registry_firms");

            migrationBuilder.DropIndex(
                name: "ix_registry_firms_region_code_name_search",
                table: "registry_firms");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_name_search_id",
                table: "registry_lawyers",
                columns: new[] { "name_search", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_region_code_name_search_id",
                table: "registry_lawyers",
                columns: new[] { "region_code", "name_search", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_name_search_id",
                table: "registry_firms",
                columns: new[] { "name_search", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_region_code_name_search_id",
                table: "registry_firms",
                columns: new[] { "region_code", "name_search", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registry_lawyers_name_search_id",
                table: "registry_lawyers");

            migrationBuilder.DropIndex(
                name: "ix_registry_lawyers_region_code_name_search_id",
                table: "registry_lawyers");

            migrationBuilder.DropIndex(
                name: "ix_registry_firms_name_search_id",
                table: "registry_firms");

            migrationBuilder.DropIndex(
                name: "ix_registry_firms_region_code_name_search_id",
                table: "registry_firms");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_name_search",
                table: "registry_lawyers",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_region_code_name_search",
                table: "registry_lawyers",
                columns: new[] { "region_code", "name_search" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_name_search",
                table: "registry_firms",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_region_code_name_search",
                table: "registry_firms",
                columns: new[] { "region_code", "name_search" });
        }
    }
}
