using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Audit
{
    /// <inheritdoc />
    public partial class InitialAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_leases",
                columns: table => new
                {
                    job = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    owner = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_leases", x => x.job);
                });

            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    data_scope = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    operation = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    target_type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: true),
                    target_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 6, nullable: true),
                    details = table.Column<string>(type: "TEXT", nullable: true),
                    trace_id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    client_ip = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    sequence = table.Column<long>(type: "INTEGER", nullable: true),
                    seal_key_id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    seal = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    sealed_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_actor_id",
                table: "audit_records",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_recorded_at",
                table: "audit_records",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_target_type_target_id",
                table: "audit_records",
                columns: new[] { "target_type", "target_id" });

            migrationBuilder.CreateIndex(
                name: "ux_audit_records_sequence",
                table: "audit_records",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_leases");

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}
