using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Supervision
{
    /// <inheritdoc />
    public partial class InitialSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "supervision");

            migrationBuilder.CreateTable(
                name: "complaints",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: false),
                    lookup_code_hash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    complainant_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    complainant_phone = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    subject_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    summary = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    handler_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    handler_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    deadline_step = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    outcome = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    discipline = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    decision_subject = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    decision_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decision_document_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    penalty = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: true),
                    penalty_amount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: true),
                    penalty_months = table.Column<int>(type: "integer", nullable: true),
                    penalty_document_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    penalty_decided_on = table.Column<DateOnly>(type: "date", nullable: true),
                    notified_by = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: true),
                    notified_on = table.Column<DateOnly>(type: "date", nullable: true),
                    filed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                schema: "supervision",
                columns: table => new
                {
                    caller_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    route = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    request_hash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    response_body = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.caller_id, x.route, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "supervision",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.consumer, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "integrity_records",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    subject_id = table.Column<Guid>(type: "uuid", nullable: false),
                    subject_name = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    measure = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    document_number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_until = table.Column<DateOnly>(type: "date", nullable: true),
                    disclosed_until = table.Column<DateOnly>(type: "date", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_integrity_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rights_cases",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    receipt_number = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lawyer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    obstruction = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    authority = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    account = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    handler_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    handler_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    deadline_step = table.Column<string>(type: "character varying(40)", unicode: false, maxLength: 40, nullable: true),
                    due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue = table.Column<bool>(type: "boolean", nullable: false),
                    answer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    satisfaction = table.Column<string>(type: "character varying(24)", unicode: false, maxLength: 24, nullable: true),
                    reported_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rights_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "complaint_attachments",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_attachments_complaint_id",
                        column: x => x.complaint_id,
                        principalSchema: "supervision",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "complaint_steps",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", unicode: false, maxLength: 24, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_complaint_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_complaint_steps_case_id",
                        column: x => x.case_id,
                        principalSchema: "supervision",
                        principalTable: "complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "rights_steps",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(24)", unicode: false, maxLength: 24, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    actor_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rights_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_rights_steps_case_id",
                        column: x => x.case_id,
                        principalSchema: "supervision",
                        principalTable: "rights_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_complaint_attachments_complaint_id",
                schema: "supervision",
                table: "complaint_attachments",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaint_steps_case_id_at",
                schema: "supervision",
                table: "complaint_steps",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_filed_at",
                schema: "supervision",
                table: "complaints",
                column: "filed_at");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_firm_id",
                schema: "supervision",
                table: "complaints",
                column: "firm_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_lawyer_id",
                schema: "supervision",
                table: "complaints",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_complaints_overdue_due_on",
                schema: "supervision",
                table: "complaints",
                columns: new[] { "overdue", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_complaints_region_code_state",
                schema: "supervision",
                table: "complaints",
                columns: new[] { "region_code", "state" });

            migrationBuilder.CreateIndex(
                name: "ux_complaints_receipt_number",
                schema: "supervision",
                table: "complaints",
                column: "receipt_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_expires_at",
                schema: "supervision",
                table: "idempotency_records",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "supervision",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_records_complaint_id",
                schema: "supervision",
                table: "integrity_records",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_integrity_records_region_code_decided_on",
                schema: "supervision",
                table: "integrity_records",
                columns: new[] { "region_code", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_integrity_records_subject_subject_id_disclosed_until",
                schema: "supervision",
                table: "integrity_records",
                columns: new[] { "subject", "subject_id", "disclosed_until" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_id",
                schema: "supervision",
                table: "outbox_messages",
                column: "aggregate_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_state_next_attempt_at_occurred_at",
                schema: "supervision",
                table: "outbox_messages",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_rights_cases_lawyer_id",
                schema: "supervision",
                table: "rights_cases",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_rights_cases_overdue_due_on",
                schema: "supervision",
                table: "rights_cases",
                columns: new[] { "overdue", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_rights_cases_region_code_state",
                schema: "supervision",
                table: "rights_cases",
                columns: new[] { "region_code", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_rights_cases_reported_at",
                schema: "supervision",
                table: "rights_cases",
                column: "reported_at");

            migrationBuilder.CreateIndex(
                name: "ux_rights_cases_receipt_number",
                schema: "supervision",
                table: "rights_cases",
                column: "receipt_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_rights_steps_case_id_at",
                schema: "supervision",
                table: "rights_steps",
                columns: new[] { "case_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "complaint_attachments",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "complaint_steps",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "idempotency_records",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "integrity_records",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "rights_steps",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "complaints",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "rights_cases",
                schema: "supervision");
        }
    }
}
