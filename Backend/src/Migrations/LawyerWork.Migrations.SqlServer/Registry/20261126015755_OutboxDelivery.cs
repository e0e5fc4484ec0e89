using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.SqlServer.Registry
{
    /// <inheritdoc />
    public partial class OutboxDelivery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_dispatched_at_occurred_at",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.AddColumn<int>(
                name: "attempts",
                schema: "registry",
                table: "outbox_messages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "last_error",
                schema: "registry",
                table: "outbox_messages",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "next_attempt_at",
                schema: "registry",
                table: "outbox_messages",
                type: "datetimeoffset(6)",
                precision: 6,
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "state",
                schema: "registry",
                table: "outbox_messages",
                type: "varchar(16)",
                unicode: false,
                maxLength: 16,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "version",
                schema: "registry",
                table: "outbox_messages",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // Messages written before dispatch existed are delivered now (none of them has been).
            migrationBuilder.Sql("UPDATE registry.outbox_messages SET state = CASE WHEN dispatched_at IS NULL THEN 'Pending' ELSE 'Dispatched' END, next_attempt_at = occurred_at");

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "registry",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    event_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    event_type = table.Column<string>(type: "varchar(200)", unicode: false, maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "datetimeoffset(6)", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.consumer, x.event_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_state_next_attempt_at_occurred_at",
                schema: "registry",
                table: "outbox_messages",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "registry",
                table: "inbox_messages",
                column: "processed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "registry");

            migrationBuilder.DropIndex(
                name: "ix_outbox_messages_state_next_attempt_at_occurred_at",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "attempts",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "last_error",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "next_attempt_at",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "state",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.DropColumn(
                name: "version",
                schema: "registry",
                table: "outbox_messages");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_dispatched_at_occurred_at",
                schema: "registry",
                table: "outbox_messages",
                columns: new[] { "dispatched_at", "occurred_at" });
        }
    }
}
