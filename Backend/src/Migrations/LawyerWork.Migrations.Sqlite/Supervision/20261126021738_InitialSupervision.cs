using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class InitialSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_complaints",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    receipt_number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    lookup_code_hash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    channel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    complainant_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    complainant_phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    lawyer_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    summary = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    details = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    handler_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    deadline_step = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    discipline = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    decision_subject = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    decision_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decision_document_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    penalty = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: true),
                    penalty_amount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: true),
                    penalty_months = table.Column<int>(type: "INTEGER", nullable: true),
                    penalty_document_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    penalty_decided_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    notified_by = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: true),
                    notified_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    filed_at = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_complaints", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_idempotency_records",
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
                    table.PrimaryKey("pk_supervision_idempotency_records", x => new { x.caller_id, x.route, x.key });
                });

            migrationBuilder.CreateTable(
                name: "supervision_inbox_messages",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    event_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    event_type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    processed_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_inbox_messages", x => new { x.consumer, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "supervision_integrity_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    subject = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    subject_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    subject_name = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    measure = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    effective_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    disclosed_until = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    complaint_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_integrity_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_outbox_messages",
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
                    table.PrimaryKey("pk_supervision_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_rights_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    receipt_number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    lawyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lawyer_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    obstruction = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    authority = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    account = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    handler_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    handler_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    deadline_step = table.Column<string>(type: "TEXT", unicode: false, maxLength: 40, nullable: true),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    overdue = table.Column<bool>(type: "INTEGER", nullable: false),
                    answer = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    satisfaction = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    reported_at = table.Column<long>(type: "INTEGER", nullable: false),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_rights_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_complaint_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    complaint_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    content_type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_complaint_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_complaint_attachments_complaint_id",
                        column: x => x.complaint_id,
                        principalTable: "supervision_complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_complaint_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_complaint_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_complaint_steps_case_id",
                        column: x => x.case_id,
                        principalTable: "supervision_complaints",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_rights_steps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    case_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    actor_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_rights_steps", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_rights_steps_case_id",
                        column: x => x.case_id,
                        principalTable: "supervision_rights_cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaint_attachments_complaint_id",
                table: "supervision_complaint_attachments",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaint_steps_case_id_at",
                table: "supervision_complaint_steps",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaints_filed_at",
                table: "supervision_complaints",
                column: "filed_at");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaints_firm_id",
                table: "supervision_complaints",
                column: "firm_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaints_lawyer_id",
                table: "supervision_complaints",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaints_overdue_due_on",
                table: "supervision_complaints",
                columns: new[] { "overdue", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_complaints_region_code_state",
                table: "supervision_complaints",
                columns: new[] { "region_code", "state" });

            migrationBuilder.CreateIndex(
                name: "ux_supervision_complaints_receipt_number",
                table: "supervision_complaints",
                column: "receipt_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_idempotency_records_expires_at",
                table: "supervision_idempotency_records",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_inbox_messages_processed_at",
                table: "supervision_inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_integrity_records_complaint_id",
                table: "supervision_integrity_records",
                column: "complaint_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_integrity_records_region_code_decided_on",
                table: "supervision_integrity_records",
                columns: new[] { "region_code", "decided_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_integrity_records_subject_subject_id_disclosed_until",
                table: "supervision_integrity_records",
                columns: new[] { "subject", "subject_id", "disclosed_until" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_outbox_messages_aggregate_id",
                table: "supervision_outbox_messages",
                column: "aggregate_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_outbox_messages_state_next_attempt_at_occurred_at",
                table: "supervision_outbox_messages",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_rights_cases_lawyer_id",
                table: "supervision_rights_cases",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_rights_cases_overdue_due_on",
                table: "supervision_rights_cases",
                columns: new[] { "overdue", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_rights_cases_region_code_state",
                table: "supervision_rights_cases",
                columns: new[] { "region_code", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_rights_cases_reported_at",
                table: "supervision_rights_cases",
                column: "reported_at");

            migrationBuilder.CreateIndex(
                name: "ux_supervision_rights_cases_receipt_number",
                table: "supervision_rights_cases",
                column: "receipt_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_rights_steps_case_id_at",
                table: "supervision_rights_steps",
                columns: new[] { "case_id", "at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_complaint_attachments");

            migrationBuilder.DropTable(
                name: "supervision_complaint_steps");

            migrationBuilder.DropTable(
                name: "supervision_idempotency_records");

            migrationBuilder.DropTable(
                name: "supervision_inbox_messages");

            migrationBuilder.DropTable(
                name: "supervision_integrity_records");

            migrationBuilder.DropTable(
                name: "supervision_outbox_messages");

            migrationBuilder.DropTable(
                name: "supervision_rights_steps");

            migrationBuilder.DropTable(
                name: "supervision_complaints");

            migrationBuilder.DropTable(
                name: "supervision_rights_cases");
        }
    }
}
