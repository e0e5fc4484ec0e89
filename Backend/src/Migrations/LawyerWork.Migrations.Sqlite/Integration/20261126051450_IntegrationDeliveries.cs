using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Integration
{
    /// <inheritdoc />
    public partial class IntegrationDeliveries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "integration_deliveries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    target = table.Column<string>(type: "TEXT", unicode: false, maxLength: 50, nullable: false),
                    subscription_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    aggregate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_attempt_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    delivered_at = table.Column<long>(type: "INTEGER", nullable: true),
                    receipt_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_deliveries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integration_idempotency_records",
                columns: table => new
                {
                    caller_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    route = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    request_hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "INTEGER", nullable: true),
                    response_body = table.Column<string>(type: "TEXT", nullable: true),
                    location = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    expires_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_idempotency_records", x => new { x.caller_id, x.route, x.key });
                });

            migrationBuilder.CreateTable(
                name: "integration_inbox_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_inbox_messages", x => new { x.consumer, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "integration_outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    next_attempt_at = table.Column<long>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    dispatched_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "integration_reconciliation_days",
                columns: table => new
                {
                    day = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    checked_at = table.Column<long>(type: "INTEGER", nullable: false),
                    local_count = table.Column<int>(type: "INTEGER", nullable: false),
                    local_hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    pending_count = table.Column<int>(type: "INTEGER", nullable: false),
                    national_count = table.Column<int>(type: "INTEGER", nullable: true),
                    national_hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: true),
                    matches = table.Column<bool>(type: "INTEGER", nullable: false),
                    missing_nationally = table.Column<string>(type: "TEXT", unicode: false, maxLength: 4000, nullable: false),
                    unknown_locally = table.Column<string>(type: "TEXT", unicode: false, maxLength: 4000, nullable: false),
                    error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_reconciliation_days", x => x.day);
                });

            migrationBuilder.CreateTable(
                name: "integration_webhook_subscriptions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    client_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    url = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    event_types = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2000, nullable: false),
                    protected_secret = table.Column<string>(type: "TEXT", unicode: false, maxLength: 1000, nullable: false),
                    active = table.Column<bool>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    secret_rotated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integration_webhook_subscriptions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_integration_deliveries_state_delivered_at",
                table: "integration_deliveries",
                columns: new[] { "state", "delivered_at" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_deliveries_state_next_attempt_at_occurred_at",
                table: "integration_deliveries",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_deliveries_subscription_id_occurred_at",
                table: "integration_deliveries",
                columns: new[] { "subscription_id", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_deliveries_target_aggregate_id",
                table: "integration_deliveries",
                columns: new[] { "target", "aggregate_id" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_deliveries_target_occurred_at",
                table: "integration_deliveries",
                columns: new[] { "target", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ux_integration_deliveries_target_event_id",
                table: "integration_deliveries",
                columns: new[] { "target", "event_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_integration_idempotency_records_expires_at",
                table: "integration_idempotency_records",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_integration_inbox_messages_processed_at",
                table: "integration_inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_integration_outbox_messages_aggregate_id",
                table: "integration_outbox_messages",
                column: "aggregate_id");

            migrationBuilder.CreateIndex(
                name: "ix_integration_outbox_messages_state_next_attempt_at_occurred_at",
                table: "integration_outbox_messages",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_integration_webhook_subscriptions_client_id",
                table: "integration_webhook_subscriptions",
                column: "client_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "integration_deliveries");

            migrationBuilder.DropTable(
                name: "integration_idempotency_records");

            migrationBuilder.DropTable(
                name: "integration_inbox_messages");

            migrationBuilder.DropTable(
                name: "integration_outbox_messages");

            migrationBuilder.DropTable(
                name: "integration_reconciliation_days");

            migrationBuilder.DropTable(
                name: "integration_webhook_subscriptions");
        }
    }
}
