using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.SqlServer.Supervision
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "committees",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    region_code = table.Column<string>(type: "char(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committees", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "meetings",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    kind = table.Column<string>(type: "varchar(24)", unicode: false, maxLength: 24, nullable: false),
                    region_code = table.Column<string>(type: "char(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    held_on = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    attendees = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: false),
                    agenda = table.Column<string>(type: "nvarchar(max)", maxLength: 5000, nullable: false),
                    minutes = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meetings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "committee_members",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    committee_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    lawyer_name = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    role = table.Column<string>(type: "varchar(24)", unicode: false, maxLength: 24, nullable: false),
                    term_from = table.Column<DateOnly>(type: "date", nullable: false),
                    term_until = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_committee_members", x => x.id);
                    table.ForeignKey(
                        name: "fk_committee_members_committee_id",
                        column: x => x.committee_id,
                        principalSchema: "supervision",
                        principalTable: "committees",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "meeting_decisions",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    meeting_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    owner = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    done_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meeting_decisions", x => x.id);
                    table.ForeignKey(
                        name: "fk_meeting_decisions_meeting_id",
                        column: x => x.meeting_id,
                        principalSchema: "supervision",
                        principalTable: "meetings",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_committee_id",
                schema: "supervision",
                table: "committee_members",
                column: "committee_id");

            migrationBuilder.CreateIndex(
                name: "ix_committee_members_lawyer_id",
                schema: "supervision",
                table: "committee_members",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ux_committees_region_code_name",
                schema: "supervision",
                table: "committees",
                columns: new[] { "region_code", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_meeting_decisions_done_on_due_on",
                schema: "supervision",
                table: "meeting_decisions",
                columns: new[] { "done_on", "due_on" });

            migrationBuilder.CreateIndex(
                name: "ix_meeting_decisions_meeting_id",
                schema: "supervision",
                table: "meeting_decisions",
                column: "meeting_id");

            migrationBuilder.CreateIndex(
                name: "ix_meetings_region_code_held_on",
                schema: "supervision",
                table: "meetings",
                columns: new[] { "region_code", "held_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "committee_members",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "meeting_decisions",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "committees",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "meetings",
                schema: "supervision");
        }
    }
}
