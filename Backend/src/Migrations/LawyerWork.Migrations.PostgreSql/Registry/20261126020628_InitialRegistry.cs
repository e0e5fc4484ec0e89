using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LawyerWork.Migrations.PostgreSql.Registry
{
    /// <inheritdoc />
    public partial class InitialRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "registry");

            migrationBuilder.CreateTable(
                name: "idempotency_records",
                schema: "registry",
                columns: table => new
                {
                    caller_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    route = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    request_hash = table.Column<string>(type: "character varying(64)", unicode: false, maxLength: 64, nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    response_body = table.Column<string>(type: "text", nullable: true),
                    location = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_idempotency_records", x => new { x.caller_id, x.route, x.key });
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "registry",
                columns: table => new
                {
                    consumer = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    event_type = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.consumer, x.event_id });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    aggregate_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(200)", unicode: false, maxLength: 200, nullable: false),
                    payload = table.Column<string>(type: "text", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    state = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                schema: "registry",
                columns: table => new
                {
                    code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    parent_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: true),
                    level = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    code_kind = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                    table.ForeignKey(
                        name: "fk_regions_parent_code",
                        column: x => x.parent_code,
                        principalSchema: "registry",
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "firms",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    name_search = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false, collation: "C"),
                    uscc = table.Column<string>(type: "character(18)", unicode: false, fixedLength: true, maxLength: 18, nullable: false),
                    licence_number = table.Column<string>(type: "character varying(17)", unicode: false, maxLength: 17, nullable: false),
                    organisation_form = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    size_band = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    director = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phone = table.Column<string>(type: "character varying(20)", unicode: false, maxLength: 20, nullable: true),
                    founded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    branch_of_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    practising_lawyer_count = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_firms", x => x.id);
                    table.ForeignKey(
                        name: "fk_firms_branch_of_id",
                        column: x => x.branch_of_id,
                        principalSchema: "registry",
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_firms_region_code",
                        column: x => x.region_code,
                        principalSchema: "registry",
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                    table.ForeignKey(
                        name: "fk_organisations_region_code",
                        column: x => x.region_code,
                        principalSchema: "registry",
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lawyers",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    name_search = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false, collation: "C"),
                    gender = table.Column<string>(type: "character varying(8)", unicode: false, maxLength: 8, nullable: false),
                    id_number = table.Column<string>(type: "character(18)", unicode: false, fixedLength: true, maxLength: 18, nullable: false),
                    phone = table.Column<string>(type: "character varying(11)", unicode: false, maxLength: 11, nullable: true),
                    certificate_number = table.Column<string>(type: "character(17)", unicode: false, fixedLength: true, maxLength: 17, nullable: false),
                    category = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    firm_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region_code = table.Column<string>(type: "character(6)", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    first_practice_year = table.Column<int>(type: "integer", nullable: false),
                    foreign_related = table.Column<bool>(type: "boolean", nullable: false),
                    languages = table.Column<string>(type: "character varying(100)", unicode: false, maxLength: 100, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", unicode: false, maxLength: 16, nullable: false),
                    status_changed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp(6) with time zone", precision: 6, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lawyers", x => x.id);
                    table.ForeignKey(
                        name: "fk_lawyers_firm_id",
                        column: x => x.firm_id,
                        principalSchema: "registry",
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lawyers_region_code",
                        column: x => x.region_code,
                        principalSchema: "registry",
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lawyer_firm_periods",
                schema: "registry",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_id = table.Column<Guid>(type: "uuid", nullable: false),
                    firm_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lawyer_firm_periods", x => x.id);
                    table.ForeignKey(
                        name: "fk_lawyer_firm_periods_firm_id",
                        column: x => x.firm_id,
                        principalSchema: "registry",
                        principalTable: "firms",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_lawyer_firm_periods_lawyer_id",
                        column: x => x.lawyer_id,
                        principalSchema: "registry",
                        principalTable: "lawyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lawyer_specialties",
                schema: "registry",
                columns: table => new
                {
                    lawyer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    specialty = table.Column<string>(type: "character varying(32)", unicode: false, maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lawyer_specialties", x => new { x.lawyer_id, x.specialty });
                    table.ForeignKey(
                        name: "fk_lawyer_specialties_lawyer_id",
                        column: x => x.lawyer_id,
                        principalSchema: "registry",
                        principalTable: "lawyers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "registry",
                table: "regions",
                columns: new[] { "code", "code_kind", "level", "name", "note", "parent_code" },
                values: new object[] { "220000", "Administrative", "Province", "吉林省", null, null });

            migrationBuilder.InsertData(
                schema: "registry",
                table: "organisations",
                columns: new[] { "id", "kind", "name", "region_code" },
                values: new object[,]
                {
                    { new Guid("5d3e5ca6-62da-fb08-4fef-d31b7752758e"), "BarAssociation", "吉林省律师协会", "220000" },
                    { new Guid("7077b830-6c77-38f7-7b8f-461209246f3c"), "JusticeBureau", "吉林省司法厅", "220000" }
                });

            migrationBuilder.InsertData(
                schema: "registry",
                table: "regions",
                columns: new[] { "code", "code_kind", "level", "name", "note", "parent_code" },
                values: new object[,]
                {
                    { "220100", "Administrative", "Prefecture", "长春市", null, "220000" },
                    { "220200", "Administrative", "Prefecture", "吉林市", null, "220000" },
                    { "220300", "Administrative", "Prefecture", "四平市", null, "220000" },
                    { "220400", "Administrative", "Prefecture", "辽源市", null, "220000" },
                    { "220500", "Administrative", "Prefecture", "通化市", null, "220000" },
                    { "220600", "Administrative", "Prefecture", "白山市", null, "220000" },
                    { "220700", "Administrative", "Prefecture", "松原市", null, "220000" },
                    { "220800", "Administrative", "Prefecture", "白城市", null, "220000" },
                    { "222400", "Administrative", "Prefecture", "延边朝鲜族自治州", null, "220000" },
                    { "229900", "Internal", "Prefecture", "长白山保护开发区管理委员会", "internal code of LawyerWork: the administration is not a GB/T 2260 division and has no NBS statistical code; its justice bureau works at city level (2019 work plan addressees), so it sits beside the prefectures", "220000" }
                });

            migrationBuilder.InsertData(
                schema: "registry",
                table: "organisations",
                columns: new[] { "id", "kind", "name", "region_code" },
                values: new object[,]
                {
                    { new Guid("178d45d2-e049-0680-fad5-82255c35e99f"), "BarAssociation", "白城市律师协会", "220800" },
                    { new Guid("28a59fdd-1039-8277-1a2e-d9421cb2f730"), "JusticeBureau", "吉林市司法局", "220200" },
                    { new Guid("33052b90-eb03-51d9-e5ca-642ebf15bd91"), "BarAssociation", "延边朝鲜族自治州律师协会", "222400" },
                    { new Guid("38218b73-bb9e-5584-5385-ebacfd0f1b22"), "BarAssociation", "辽源市律师协会", "220400" },
                    { new Guid("5c9fda4e-f5c0-961b-df8a-a5e1bbb30a3f"), "JusticeBureau", "延边朝鲜族自治州司法局", "222400" },
                    { new Guid("678d94a3-f139-40d2-9789-597b12d71529"), "BarAssociation", "松原市律师协会", "220700" },
                    { new Guid("6bc58651-666e-d096-bfc5-5de0a86e8f5f"), "JusticeBureau", "辽源市司法局", "220400" },
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

            migrationBuilder.InsertData(
                schema: "registry",
                table: "regions",
                columns: new[] { "code", "code_kind", "level", "name", "note", "parent_code" },
                values: new object[,]
                {
                    { "220102", "Administrative", "County", "南关区", null, "220100" },
                    { "220103", "Administrative", "County", "宽城区", null, "220100" },
                    { "220104", "Administrative", "County", "朝阳区", null, "220100" },
                    { "220105", "Administrative", "County", "二道区", null, "220100" },
                    { "220106", "Administrative", "County", "绿园区", null, "220100" },
                    { "220112", "Administrative", "County", "双阳区", null, "220100" },
                    { "220113", "Administrative", "County", "九台区", null, "220100" },
                    { "220122", "Administrative", "County", "农安县", null, "220100" },
                    { "220171", "Statistical", "FunctionalZone", "长春经济技术开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220100" },
                    { "220172", "Statistical", "FunctionalZone", "长春净月高新技术产业开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220100" },
                    { "220173", "Statistical", "FunctionalZone", "长春高新技术产业开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220100" },
                    { "220174", "Statistical", "FunctionalZone", "长春汽车经济技术开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220100" },
                    { "220182", "Administrative", "County", "榆树市", null, "220100" },
                    { "220183", "Administrative", "County", "德惠市", null, "220100" },
                    { "220184", "Administrative", "County", "公主岭市", null, "220100" },
                    { "220202", "Administrative", "County", "昌邑区", null, "220200" },
                    { "220203", "Administrative", "County", "龙潭区", null, "220200" },
                    { "220204", "Administrative", "County", "船营区", null, "220200" },
                    { "220211", "Administrative", "County", "丰满区", null, "220200" },
                    { "220221", "Administrative", "County", "永吉县", null, "220200" },
                    { "220271", "Statistical", "FunctionalZone", "吉林经济开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220200" },
                    { "220272", "Statistical", "FunctionalZone", "吉林高新技术产业开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220200" },
                    { "220273", "Statistical", "FunctionalZone", "吉林中国新加坡食品区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220200" },
                    { "220281", "Administrative", "County", "蛟河市", null, "220200" },
                    { "220282", "Administrative", "County", "桦甸市", null, "220200" },
                    { "220283", "Administrative", "County", "舒兰市", null, "220200" },
                    { "220284", "Administrative", "County", "磐石市", null, "220200" },
                    { "220302", "Administrative", "County", "铁西区", null, "220300" },
                    { "220303", "Administrative", "County", "铁东区", null, "220300" },
                    { "220322", "Administrative", "County", "梨树县", null, "220300" },
                    { "220323", "Administrative", "County", "伊通满族自治县", null, "220300" },
                    { "220382", "Administrative", "County", "双辽市", null, "220300" },
                    { "220402", "Administrative", "County", "龙山区", null, "220400" },
                    { "220403", "Administrative", "County", "西安区", null, "220400" },
                    { "220421", "Administrative", "County", "东丰县", null, "220400" },
                    { "220422", "Administrative", "County", "东辽县", null, "220400" },
                    { "220502", "Administrative", "County", "东昌区", null, "220500" },
                    { "220503", "Administrative", "County", "二道江区", null, "220500" },
                    { "220521", "Administrative", "County", "通化县", null, "220500" },
                    { "220523", "Administrative", "County", "辉南县", null, "220500" },
                    { "220524", "Administrative", "County", "柳河县", null, "220500" },
                    { "220581", "Administrative", "County", "梅河口市", null, "220500" },
                    { "220582", "Administrative", "County", "集安市", null, "220500" },
                    { "220602", "Administrative", "County", "浑江区", null, "220600" },
                    { "220605", "Administrative", "County", "江源区", null, "220600" },
                    { "220621", "Administrative", "County", "抚松县", null, "220600" },
                    { "220622", "Administrative", "County", "靖宇县", null, "220600" },
                    { "220623", "Administrative", "County", "长白朝鲜族自治县", null, "220600" },
                    { "220681", "Administrative", "County", "临江市", null, "220600" },
                    { "220702", "Administrative", "County", "宁江区", null, "220700" },
                    { "220721", "Administrative", "County", "前郭尔罗斯蒙古族自治县", null, "220700" },
                    { "220722", "Administrative", "County", "长岭县", null, "220700" },
                    { "220723", "Administrative", "County", "乾安县", null, "220700" },
                    { "220771", "Statistical", "FunctionalZone", "吉林松原经济开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220700" },
                    { "220781", "Administrative", "County", "扶余市", null, "220700" },
                    { "220802", "Administrative", "County", "洮北区", null, "220800" },
                    { "220821", "Administrative", "County", "镇赉县", null, "220800" },
                    { "220822", "Administrative", "County", "通榆县", null, "220800" },
                    { "220871", "Statistical", "FunctionalZone", "吉林白城经济开发区", "statistical code for a development zone (NBS 统计用区划代码 7x), not a GB/T 2260 division", "220800" },
                    { "220881", "Administrative", "County", "洮南市", null, "220800" },
                    { "220882", "Administrative", "County", "大安市", null, "220800" },
                    { "222401", "Administrative", "County", "延吉市", null, "222400" },
                    { "222402", "Administrative", "County", "图们市", null, "222400" },
                    { "222403", "Administrative", "County", "敦化市", null, "222400" },
                    { "222404", "Administrative", "County", "珲春市", null, "222400" },
                    { "222405", "Administrative", "County", "龙井市", null, "222400" },
                    { "222406", "Administrative", "County", "和龙市", null, "222400" },
                    { "222424", "Administrative", "County", "汪清县", null, "222400" },
                    { "222426", "Administrative", "County", "安图县", null, "222400" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_firms_branch_of_id",
                schema: "registry",
                table: "firms",
                column: "branch_of_id");

            migrationBuilder.CreateIndex(
                name: "ix_firms_name_search",
                schema: "registry",
                table: "firms",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_firms_region_code_name_search",
                schema: "registry",
                table: "firms",
                columns: new[] { "region_code", "name_search" });

            migrationBuilder.CreateIndex(
                name: "ix_firms_status",
                schema: "registry",
                table: "firms",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ux_firms_licence_number",
                schema: "registry",
                table: "firms",
                column: "licence_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_firms_uscc",
                schema: "registry",
                table: "firms",
                column: "uscc",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_idempotency_records_expires_at",
                schema: "registry",
                table: "idempotency_records",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                schema: "registry",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "ix_lawyer_firm_periods_firm_id",
                schema: "registry",
                table: "lawyer_firm_periods",
                column: "firm_id");

            migrationBuilder.CreateIndex(
                name: "ix_lawyer_firm_periods_lawyer_id_from",
                schema: "registry",
                table: "lawyer_firm_periods",
                columns: new[] { "lawyer_id", "from" });

            migrationBuilder.CreateIndex(
                name: "ix_lawyer_specialties_specialty",
                schema: "registry",
                table: "lawyer_specialties",
                column: "specialty");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_firm_id",
                schema: "registry",
                table: "lawyers",
                column: "firm_id");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_id_number",
                schema: "registry",
                table: "lawyers",
                column: "id_number");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_name_search",
                schema: "registry",
                table: "lawyers",
                column: "name_search");

            migrationBuilder.CreateIndex(
                name: "ix_lawyers_region_code_name_search",
                schema: "registry",
                table: "lawyers",
                columns: new[] { "region_code", "name_search" });

            migrationBuilder.CreateIndex(
                name: "ux_lawyers_certificate_number",
                schema: "registry",
                table: "lawyers",
                column: "certificate_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_region_code",
                schema: "registry",
                table: "organisations",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ux_organisations_kind_region_code",
                schema: "registry",
                table: "organisations",
                columns: new[] { "kind", "region_code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_aggregate_id",
                schema: "registry",
                table: "outbox_messages",
                column: "aggregate_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_state_next_attempt_at_occurred_at",
                schema: "registry",
                table: "outbox_messages",
                columns: new[] { "state", "next_attempt_at", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_code",
                schema: "registry",
                table: "regions",
                column: "parent_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "idempotency_records",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "lawyer_firm_periods",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "lawyer_specialties",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "organisations",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "lawyers",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "firms",
                schema: "registry");

            migrationBuilder.DropTable(
                name: "regions",
                schema: "registry");
        }
    }
}
