using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Audit
{
    /// <inheritdoc />
    public partial class AuditUnsealedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_records_sequence",
                schema: "audit",
                table: "records");

            migrationBuilder.CreateIndex(
                name: "ix_records_unsealed",
                schema: "audit",
                table: "records",
                columns: new[] { "recorded_at", "id" },
                filter: "\"sequence\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_records_sequence",
                schema: "audit",
                table: "records",
                column: "sequence",
                unique: true,
                filter: "\"sequence\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_records_unsealed",
                schema: "audit",
                table: "records");

            migrationBuilder.DropIndex(
                name: "ux_records_sequence",
                schema: "audit",
                table: "records");

            migrationBuilder.CreateIndex(
                name: "ux_records_sequence",
                schema: "audit",
                table: "records",
                column: "sequence",
                unique: true);
        }
    }
}
