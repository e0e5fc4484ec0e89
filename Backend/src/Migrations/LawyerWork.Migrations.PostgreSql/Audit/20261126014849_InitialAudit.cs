using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Audit
{
    /// <inheritdoc />
    public partial class InitialAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "audit");

            migrationBuilder.CreateTable(
                name: "leases",
                schema: "audit",
                columns: table => new
                {
                    job = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    owner = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leases", x => x.job);
                });

            migrationBuilder.CreateTable(
                name: "records",
                schema: "audit",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    data_scope = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: true),
                    operation = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    target_type = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: true),
                    target_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region_code = table.Column<string>(type: "character varying(6)", unicode: false, maxLength: 6, nullable: true),
                    details = table.Column<string>(type: "text", nullable: true),
                    trace_id = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: true),
                    client_ip = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: true),
                    sequence = table.Column<long>(type: "bigint", nullable: true),
                    seal_key_id = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    seal = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: true),
                    sealed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_records_actor_id",
                schema: "audit",
                table: "records",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_records_recorded_at",
                schema: "audit",
                table: "records",
                column: "recorded_at");

            migrationBuilder.CreateIndex(
                name: "ix_records_target_type_target_id",
                schema: "audit",
                table: "records",
                columns: new[] { "target_type", "target_id" });

            migrationBuilder.CreateIndex(
                name: "ux_records_sequence",
                schema: "audit",
                table: "records",
                column: "sequence",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "leases",
                schema: "audit");

            migrationBuilder.DropTable(
                name: "records",
                schema: "audit");
        }
    }
}
