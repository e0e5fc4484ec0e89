using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace LawyerWork.Migrations.SqlServer.Supervision
{
    /// <inheritdoc />
    public partial class ModelFirms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "model_firms",
                schema: "supervision",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    firm_id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    firm_name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    region_code = table.Column<string>(type: "char(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    size_band = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    year = table.Column<int>(type: "int", nullable: false),
                    nominated_by = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    nomination_reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    state = table.Column<string>(type: "varchar(16)", unicode: false, maxLength: 16, nullable: false),
                    scores = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    total_score = table.Column<decimal>(type: "decimal(8,2)", precision: 8, scale: 2, nullable: true),
                    review_note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    designated_from = table.Column<DateOnly>(type: "date", nullable: true),
                    designated_until = table.Column<DateOnly>(type: "date", nullable: true),
                    document_number = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    revocation_reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    nominated_at = table.Column<DateTimeOffset>(type: "datetimeoffset(6)", precision: 6, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_model_firms", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_model_firms_state_region_code",
                schema: "supervision",
                table: "model_firms",
                columns: new[] { "state", "region_code" });

            migrationBuilder.CreateIndex(
                name: "ux_model_firms_firm_id_year",
                schema: "supervision",
                table: "model_firms",
                columns: new[] { "firm_id", "year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "model_firms",
                schema: "supervision");
        }
    }
}
