using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace LawyerWork.Migrations.Sqlite.Registry
{
    /// <inheritdoc />
    public partial class InitialRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "registry_regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: false),
                    name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    parent_code = table.Column<string>(type: "TEXT", unicode: false, fixedLength: true, maxLength: 6, nullable: true),
                    level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    code_kind = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_registry_regions", x => x.code);
                    table.ForeignKey(
                        name: "fk_registry_regions_parent_code",
                        column: x => x.parent_code,
                        principalTable: "registry_regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "registry_regions",
                columns: new[] { "code", "code_kind", "level", "name", "note", "parent_code" },
                values: new object[,]
                {
                    { "220000", "Administrative", "Province", "吉林省", null, null },
                    { "220100", "Administrative", "Prefecture", "长春市", null, "220000" },
                    { "220200", "Administrative", "Prefecture", "吉林市", null, "220000" },
                    { "220300", "Administrative", "Prefecture", "四平市", null, "220000" },
                    { "220400", "Administrative", "Prefecture", "辽源市", null, "220000" },
                    { "220500", "Administrative", "Prefecture", "通化市", null, "220000" },
                    { "220600", "Administrative", "Prefecture", "白山市", null, "220000" },
                    { "220700", "Administrative", "Prefecture", "松原市", null, "220000" },
                    { "220800", "Administrative", "Prefecture", "白城市", null, "220000" },
                    { "222400", "Administrative", "Prefecture", "延边朝鲜族自治州", null, "220000" },
                    { "229900", "Internal", "Prefecture", "长白山保护开发区管理委员会", "internal code of LawyerWork: the administration is not a GB/T 2260 division and has no NBS statistical code; its justice bureau works at city level (2019 work plan addressees), so it sits beside the prefectures", "220000" },
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
                name: "ix_registry_regions_parent_code",
                table: "registry_regions",
                column: "parent_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "registry_regions");
        }
    }
}
