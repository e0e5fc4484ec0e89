using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class Surveys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_survey_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    survey_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    answers = table.Column<string>(type: "TEXT", maxLength: 100000, nullable: false),
                    answered_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_survey_responses", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_surveys",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    owner_region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    target_region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    target_size_bands = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    target_forms = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    closes_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    target_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    opened_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_surveys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "supervision_survey_questions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    survey_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    text = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    options = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    required = table.Column<bool>(type: "INTEGER", nullable: false),
                    min = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true),
                    max = table.Column<decimal>(type: "TEXT", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_survey_questions", x => x.id);
                    table.ForeignKey(
                        name: "fk_supervision_survey_questions_survey_id",
                        column: x => x.survey_id,
                        principalTable: "supervision_surveys",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ux_supervision_survey_questions_survey_id_position",
                table: "supervision_survey_questions",
                columns: new[] { "survey_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_survey_responses_firm_id_state",
                table: "supervision_survey_responses",
                columns: new[] { "firm_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_survey_responses_survey_id_region_code",
                table: "supervision_survey_responses",
                columns: new[] { "survey_id", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ux_supervision_survey_responses_survey_id_firm_id",
                table: "supervision_survey_responses",
                columns: new[] { "survey_id", "firm_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_supervision_surveys_owner_region_code_state",
                table: "supervision_surveys",
                columns: new[] { "owner_region_code", "state" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_survey_questions");

            migrationBuilder.DropTable(
                name: "supervision_survey_responses");

            migrationBuilder.DropTable(
                name: "supervision_surveys");
        }
    }
}
