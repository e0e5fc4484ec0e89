using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LawyerWork.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class FirmsLawyersOrganisations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_firms",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    name_search = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    uscc = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 18, nullable: false),
                    licence_number = table.Column<string>(type: "TEXT", unicode: false, maxLength: 17, nullable: false),
                    organisation_form = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    size_band = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    director = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    founded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    branch_of_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    practising_lawyer_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_firms", x => x.id);
                    table.ForeignKey(
                        name: "fk_registry_firms_branch_of_id",
                        column: x => x.branch_of_id,
                        principalTable: "registry_firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_registry_firms_region_code",
                        column: x => x.region_code,
                        principalTable: "registry_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_idempotency_records",
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
                    table.PrimaryKey("pk_registry_idempotency_records", x => new { x.caller_id, x.route, x.key });
                });

            migrationBuilder.CreateTable(
                name: "registry_organisations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_registry_organisations_region_code",
                        column: x => x.region_code,
                        principalTable: "registry_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    type = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false),
                    occurred_at = table.Column<long>(type: "INTEGER", nullable: false),
                    dispatched_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "registry_lawyers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    name_search = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    gender = table.Column<string>(type: "TEXT", unicode: false, maxLength: 8, nullable: false),
                    id_number = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "TEXT", unicode: false, maxLength: 11, nullable: true),
                    certificate_number = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 17, nullable: false),
                    category = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    employer = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    region_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    first_practice_year = table.Column<int>(type: "INTEGER", nullable: false),
                    foreign_related = table.Column<bool>(type: "INTEGER", nullable: false),
                    languages = table.Column<string>(type: "TEXT", unicode: false, maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_lawyers", x => x.id);
                    table.ForeignKey(
                        name: "fk_registry_lawyers_firm_id",
                        column: x => x.firm_id,
                        principalTable: "registry_firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_registry_lawyers_region_code",
                        column: x => x.region_code,
                        principalTable: "registry_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "registry_lawyer_firm_periods",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    firm_name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    to = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_lawyer_firm_periods", x => x.id);
                    table.ForeignKey(
                        name: "fk_registry_lawyer_firm_periods_firm_id",
                        column: x => x.firm_id,
                        principalTable: "registry_firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_registry_lawyer_firm_periods_lawyer_id",
                        column: x => x.lawyer_id,
                        principalTable: "registry_lawyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "registry_lawyer_specialties",
                columns: table => new
                {
                    lawyer_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    specialty = table.Column<string>(type: "TEXT", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_lawyer_specialties", x => new { x.lawyer_id, x.specialty });
                    table.ForeignKey(
                        name: "fk_registry_lawyer_specialties_lawyer_id",
                        column: x => x.lawyer_id,
                        principalTable: "registry_lawyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "registry_organisations",
                columns: new[] { "id", "kind", "name", "region_code" },
                values: new object[,]
                {
                    { new Guid("178d45d2-e049-0680-fad5-82255c35e99f"), "BarAssociation", "白城市律师协会", "220800" },
                    { new Guid("28a59fdd-1039-8277-1a2e-d9421cb2f730"), "JusticeBureau", "吉林市司法局", "220200" },
                    { new Guid("33052b90-eb03-51d9-e5ca-642ebf15bd91"), "BarAssociation", "延边朝鲜族自治州律师协会", "222400" },
                    { new Guid("38218b73-bb9e-5584-5385-ebacfd0f1b22"), "BarAssociation", "辽源市律师协会", "220400" },
                    { new Guid("5c9fda4e-f5c0-961b-df8a-a5e1bbb30a3f"), "JusticeBureau", "延边朝鲜族自治州司法局", "222400" },
                    { new Guid("5d3e5ca6-62da-fb08-4fef-d31b7752758e"), "BarAssociation", "吉林省律师协会", "220000" },
                    { new Guid("678d94a3-f139-40d2-9789-597b12d71529"), "BarAssociation", "松原市律师协会", "220700" },
                    { new Guid("6bc58651-666e-d096-bfc5-5de0a86e8f5f"), "JusticeBureau", "辽源市司法局", "220400" },
                    { new Guid("7077b830-6c77-38f7-7b8f-461209246f3c"), "JusticeBureau", "吉林省司法厅", "220000" },
                    { new Guid("71769402-725a-562a-144f-8eab6c668bae"), "JusticeBureau", "白城市司法局", "220800" },
                    { new Guid("7b0e080a-b789-b198-e9ca-67b9c35ffc4b"), "JusticeBureau", "长春市司法局", "220100" },
                    { new Guid("7b4fb398-67d5-8bb7-99df-2ecb9d9fcd6f"), "BarAssociation", "吉林市律师协会", "220200" },
                    { new Guid("7edd70f9-783c-445d-4676-d4de0543506b"), "JusticeBureau", "四平市司法局", "220300" },
                    { new Guid("8dc99097-cee6-bcb6-a6ad-eb2b6d3ceca9"), "BarAssociation", "通化市律师协会", "220500" },
                    { new Guid("8ff0cac8-212c-e558-1908-e416e35bd3fc"), "JusticeBureau", "白山市司法局", "220600" },
                    { new Guid("9886bf45-02ec-4c85-c16a-785ac9437cdb"), "BarAssociation", "四平市律师协会", "220300" },
                    { new Guid("c0a21515-6ad7-c07a-b434-20306409ba00"), "BarAssociation", "白山市律师协会", "220600" },
                    { new Guid("c9a01648-aac6-bee0-12f4-22fe78536f6b"), "BarAssociation", "长春市律师协会", "220100" },
                    { new Guid("d9c7cf75-65ec-7c15-0ef6-c60811d841d4"), "JusticeBureau", "通化市司法局", "220500" },
                    { new Guid("dbf86597-a46f-2f07-c038-13a52f1989ff"), "JusticeBureau", "长白山保护开发区管理委员会司法局", "229900" },
                    { new Guid("f06475b8-129a-ca05-5076-e364c22f2cb3"), "JusticeBureau", "松原市司法局", "220700" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_branch_of_id",
                table: "registry_firms",
                column: "branch_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_name_search",
                table: "registry_firms",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_region_code_name_search",
                table: "registry_firms",
                columns: new[] { "region_code", "name_search" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_firms_status",
                table: "registry_firms",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ux_registry_firms_licence_number",
                table: "registry_firms",
                column: "licence_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_registry_firms_uscc",
                table: "registry_firms",
                column: "uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registry_idempotency_records_expires_at",
                table: "registry_idempotency_records",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyer_firm_periods_firm_id",
                table: "registry_lawyer_firm_periods",
                column: "firm_id");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyer_firm_periods_lawyer_id_from",
                table: "registry_lawyer_firm_periods",
                columns: new[] { "lawyer_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyer_specialties_specialty",
                table: "registry_lawyer_specialties",
                column: "specialty");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_firm_id",
                table: "registry_lawyers",
                column: "firm_id");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_id_number",
                table: "registry_lawyers",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_name_search",
                table: "registry_lawyers",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_registry_lawyers_region_code_name_search",
                table: "registry_lawyers",
                columns: new[] { "region_code", "name_search" });

            migrationBuilder.CreateIndex(
                name: "ux_registry_lawyers_certificate_number",
                table: "registry_lawyers",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registry_organisations_region_code",
                table: "registry_organisations",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ux_registry_organisations_kind_region_code",
                table: "registry_organisations",
                columns: new[] { "kind", "region_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_registry_outbox_messages_aggregate_id",
                table: "registry_outbox_messages",
                column: "aggregate_id");

            migrationBuilder.CreateIndex(
                name: "ix_registry_outbox_messages_dispatched_at_occurred_at",
                table: "registry_outbox_messages",
                columns: new[] { "dispatched_at", "occurred_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_idempotency_records");

            migrationBuilder.DropTable(
                name: "registry_lawyer_firm_periods");

            migrationBuilder.DropTable(
                name: "registry_lawyer_specialties");

            migrationBuilder.DropTable(
                name: "registry_organisations");

            migrationBuilder.DropTable(
                name: "registry_outbox_messages");

            migrationBuilder.DropTable(
                name: "registry_lawyers");

            migrationBuilder.DropTable(
                name: "registry_firms");
        }
    }
}
