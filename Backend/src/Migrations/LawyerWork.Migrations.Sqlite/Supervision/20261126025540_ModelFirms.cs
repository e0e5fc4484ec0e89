using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.Sqlite.Supervision
{
    /// <inheritdoc />
    public partial class ModelFirms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supervision_model_firms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    size_band = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    nominated_by = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    nomination_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    state = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    scores = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    total_score = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: true),
                    review_note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    designated_from = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    designated_until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    revocation_reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    nominated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supervision_model_firms", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_supervision_model_firms_state_region_code",
                table: "supervision_model_firms",
                columns: new[] { "state", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ux_supervision_model_firms_firm_id_year",
                table: "supervision_model_firms",
                columns: new[] { "firm_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supervision_model_firms");
        }
    }
}
