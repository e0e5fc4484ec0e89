using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class AuditUnsealedIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ux_audit_records_sequence",
                table: "audit_records");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_unsealed",
                table: "audit_records",
                columns: new[] { "recorded_at", "id" },
                filter: "\"sequence\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_audit_records_sequence",
                table: "audit_records",
                column: "sequence",
                unique: true,
                filter: "\"sequence\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_audit_records_unsealed",
                table: "audit_records");

            migrationBuilder.DropIndex(
                name: "ux_audit_records_sequence",
                table: "audit_records");

            migrationBuilder.CreateIndex(
                name: "ux_audit_records_sequence",
                table: "audit_records",
                column: "sequence",
                unique: true);
        }
    }
}
