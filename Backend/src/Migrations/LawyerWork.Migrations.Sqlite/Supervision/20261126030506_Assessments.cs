using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_firm_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    self_report = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: true),
                    firm_result = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    firm_result_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_firm_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_lawyer_assessments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    assessment_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lawyer_name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    sanctioned_in_year = table.Column<bool>(type: "INTEGER", nullable: false),
                    practice = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    cases_handled = table.Column<int>(type: "INTEGER", nullable: true),
                    pro_bono_hours = table.Column<decimal>(type: "TEXT", precision: 8, scale: 1, nullable: true),
                    training_credits = table.Column<decimal>(type: "TEXT", precision: 8, scale: 1, nullable: true),
                    suggested_result = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    opinion = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    result = table.Column<string>(type: "TEXT", unicode: false, maxLength: 24, nullable: true),
                    result_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    override_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_lawyer_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_lawyer_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "supervision_firm_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_firm_assessments_year_region_code_state",
                table: "supervision_firm_assessments",
                columns: new[] { "year", "region_code", "state" });

            migrationBuilder.CreateIndex(
                name: "ux_supervision_firm_assessments_year_firm_id",
                table: "supervision_firm_assessments",
                columns: new[] { "year", "firm_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_lawyer_assessments_lawyer_id",
                table: "supervision_lawyer_assessments",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ux_supervision_lawyer_assessments_assessment_id_lawyer_id",
                table: "supervision_lawyer_assessments",
                columns: new[] { "assessment_id", "lawyer_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_lawyer_assessments");

            migrationBuilder.DropTable(
                name: "supervision_firm_assessments");
        }
    }
}
