using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Supervision
{
    /// <inheritdoc />
    public partial class Assessments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "firm_assessments",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    self_report = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    opinion = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: true),
                    firm_result = table.Column<string>(type: "character varying(24)", unicode: false, maxLength: 24, nullable: true),
                    firm_result_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firm_assessments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "lawyer_assessments",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lawyer_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    sanctioned_in_year = table.Column<bool>(type: "boolean", nullable: false),
                    practice = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    cases_handled = table.Column<int>(type: "integer", nullable: true),
                    pro_bono_hours = table.Column<decimal>(type: "numeric(8,1)", precision: 8, scale: 1, nullable: true),
                    training_credits = table.Column<decimal>(type: "numeric(8,1)", precision: 8, scale: 1, nullable: true),
                    suggested_result = table.Column<string>(type: "character varying(24)", unicode: false, maxLength: 24, nullable: true),
                    opinion = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    result = table.Column<string>(type: "character varying(24)", unicode: false, maxLength: 24, nullable: true),
                    result_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    override_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lawyer_assessments", x => x.id);
                    table.ForeignKey(
                        name: "fk_lawyer_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalSchema: "supervision",
                        principalTable: "firm_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_firm_assessments_year_region_code_state",
                schema: "supervision",
                table: "firm_assessments",
                columns: new[] { "year", "region_code", "state" });

            migrationBuilder.CreateIndex(
                name: "ux_firm_assessments_year_firm_id",
                schema: "supervision",
                table: "firm_assessments",
                columns: new[] { "year", "firm_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lawyer_assessments_lawyer_id",
                schema: "supervision",
                table: "lawyer_assessments",
                column: "lawyer_id");

            migrationBuilder.CreateIndex(
                name: "ux_lawyer_assessments_assessment_id_lawyer_id",
                schema: "supervision",
                table: "lawyer_assessments",
                columns: new[] { "assessment_id", "lawyer_id" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "lawyer_assessments",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "firm_assessments",
                schema: "supervision");
        }
    }
}
