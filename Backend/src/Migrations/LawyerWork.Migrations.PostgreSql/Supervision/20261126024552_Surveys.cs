using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.PostgreSql.Supervision
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "survey_responses",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    answers = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    answered_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_responses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    owner_region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    target_region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    target_size_bands = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    target_forms = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    closes_on = table.Column<DateOnly>(type: "date", nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    target_count = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_surveys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "survey_questions",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    survey_id = table.Column<Guid>(type: "uuid", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    options = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    required = table.Column<bool>(type: "boolean", nullable: false),
                    min = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    max = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_survey_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_survey_questions_survey_id",
                        column: x => x.survey_id,
                        principalSchema: "supervision",
                        principalTable: "surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_survey_questions_survey_id_position",
                schema: "supervision",
                table: "survey_questions",
                columns: new[] { "survey_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_firm_id_state",
                schema: "supervision",
                table: "survey_responses",
                columns: new[] { "firm_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_survey_responses_survey_id_region_code",
                schema: "supervision",
                table: "survey_responses",
                columns: new[] { "survey_id", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ux_survey_responses_survey_id_firm_id",
                schema: "supervision",
                table: "survey_responses",
                columns: new[] { "survey_id", "firm_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_surveys_owner_region_code_state",
                schema: "supervision",
                table: "surveys",
                columns: new[] { "owner_region_code", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "survey_questions",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "survey_responses",
                schema: "supervision");

            migrationBuilder.DropTable(
                name: "surveys",
                schema: "supervision");
        }
    }
}
