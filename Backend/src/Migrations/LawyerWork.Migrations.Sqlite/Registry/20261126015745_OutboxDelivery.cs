using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class OutboxDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_registry_outbox_messages_dispatched_at_occurred_at",
                table: "registry_outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                table: "registry_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                table: "registry_outbox_messages",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "next_attempt_at",
                table: "registry_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "registry_outbox_messages",
                type: "TEXT",
                unicode: false,
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "version",
                table: "registry_outbox_messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            // Messages written before dispatch existed are delivered now (none of them has been).
            migrationBuilder.Sql("UPDATE registry_outbox_messages SET state = CASE WHEN dispatched_at IS NULL THEN 'Pending' ELSE 'Dispatched' END, next_attempt_at = occurred_at");

            migrationBuilder.CreateTable(
                name: "registry_inbox_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_inbox_messages", x => new { x.consumer, x.event_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_registry_outbox_messages_state_next_attempt_at_occurred_at",
                table: "registry_outbox_messages",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_inbox_messages_processed_at",
                table: "registry_inbox_messages",
                column: "processed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_inbox_messages");

            migrationBuilder.DropIndex(
                name: "ix_registry_outbox_messages_state_next_attempt_at_occurred_at",
                table: "registry_outbox_messages");

            migrationBuilder.DropColumn(
                name: "attempts",
                table: "registry_outbox_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                table: "registry_outbox_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                table: "registry_outbox_messages");

            migrationBuilder.DropColumn(
                name: "state",
                table: "registry_outbox_messages");

            migrationBuilder.DropColumn(
                name: "version",
                table: "registry_outbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_registry_outbox_messages_dispatched_at_occurred_at",
                table: "registry_outbox_messages",
                columns: new[] { "dispatched_at", "occurred_at" });
        }
    }
}
