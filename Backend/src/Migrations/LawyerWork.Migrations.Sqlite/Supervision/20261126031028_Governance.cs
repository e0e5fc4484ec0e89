using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_committees",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_committees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_meetings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    held_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    attendees = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    agenda = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    minutes = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_committee_members",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    committee_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lawyer_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    role = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: false),
                    term_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    term_until = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_committee_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_committee_members_committee_id",
                        column: x => x.committee_id,
                        principalTable: "supervision_committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "supervision_meeting_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    meeting_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    owner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    due_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    done_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_meeting_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_meeting_decisions_meeting_id",
                        column: x => x.meeting_id,
                        principalTable: "supervision_meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_committee_members_committee_id",
                table: "supervision_committee_members",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_committee_members_lawyer_id",
                table: "supervision_committee_members",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ux_supervision_committees_region_code_name",
                table: "supervision_committees",
                columns: new[] { "region_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_meeting_decisions_done_on_due_on",
                table: "supervision_meeting_decisions",
                columns: new[] { "done_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_meeting_decisions_meeting_id",
                table: "supervision_meeting_decisions",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_supervision_meetings_region_code_held_on",
                table: "supervision_meetings",
                columns: new[] { "region_code", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_committee_members");

            migrationBuilder.DropTable(
                name: "supervision_meeting_decisions");

            migrationBuilder.DropTable(
                name: "supervision_committees");

            migrationBuilder.DropTable(
                name: "supervision_meetings");
        }
    }
}
