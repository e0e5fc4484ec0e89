using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>Bulk import of lawyers and firms (CSV and XLSX): dry run, all-or-nothing commit, and every way a file can be wrong.</summary>
public sealed class ImportTests
{
    private static readonly string[] LawyerHeader =
        ["姓名", "性别", "身份证号码", "手机号码", "执业证号", "执业类别", "律师事务所统一社会信用代码", "工作单位", "区划代码", "首次执业年份", "执业起始日期", "涉外", "工作语言", "业务专长"];

    private static readonly string[] FirmHeader =
        ["律所名称", "统一社会信用代码", "执业许可证号", "组织形式", "规模", "区划代码", "负责人", "地址", "联系电话", "成立日期", "总所统一社会信用代码"];

    private LawyerWorkFactory factory = null!;
    private HttpClient client = null!;
    private RegistrySamples samples = null!;

    [OneTimeSetUp]
    public void StartHost()
    {
        factory = new LawyerWorkFactory();
        client = factory.CreateClient();
        samples = new RegistrySamples(client);
    }

    [OneTimeTearDown]
    public void StopHost()
    {
        client.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task A_dry_run_of_a_mixed_file_reports_every_error_by_row_and_column_and_writes_nothing()
    {
        var firm = await samples.CreateFirmAsync();
        var uscc = firm.GetProperty("uscc").GetString()!;
        var good = LawyerRow(uscc, Next());
        var badId = LawyerRow(uscc, Next());
        badId[2] = WrongCheckCharacter(badId[2]);
        badId[3] = "12345";
        var unknownFirm = LawyerRow(Uscc("220104", Next()), Next());
        var duplicate = LawyerRow(uscc, Next());
        duplicate[4] = good[4];
        var unreadable = LawyerRow(uscc, Next());
        unreadable[1] = "未知";
        unreadable[9] = "二〇一〇";
        var alsoGood = LawyerRow(uscc, Next());
        var file = Csv(LawyerHeader, good, badId, unknownFirm, [], duplicate, unreadable, alsoGood);
        var before = await CountsAsync();

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", file, "律师.csv"))).AssertOkJsonAsync();

        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("kind").GetString(), Is.EqualTo("Lawyers"));
            Assert.That(report.GetProperty("dryRun").GetBoolean(), Is.True);
            Assert.That(report.GetProperty("rows").GetInt32(), Is.EqualTo(6), "the blank line is not a row");
            Assert.That(report.GetProperty("valid").GetInt32(), Is.EqualTo(2));
            Assert.That(report.GetProperty("errorCount").GetInt32(), Is.EqualTo(6));
            Assert.That(report.GetProperty("created").GetInt32(), Is.Zero);
        });
        Assert.That(Errors(report.GetProperty("errors")), Is.EqualTo(new[]
        {
            (3, "身份证号码", "身份证号码校验位不正确（GB 11643），请核对。"),
            (3, "手机号码", "手机号码须为 11 位，以 13 至 19 开头。"),
            (4, "律师事务所统一社会信用代码", "律师事务所不存在或不在管理范围内。"),
            (6, "执业证号", "与第 2 行重复：同一文件中不能出现两次。"),
            (7, "性别", "无法识别“未知”，可填：男、女。"),
            (7, "首次执业年份", "“二〇一〇”不是整数。"),
        }));
        Assert.That(await CountsAsync(), Is.EqualTo(before), "a dry run writes nothing");
    }

    [Test]
    public async Task English_headers_are_accepted_and_errors_come_in_English_naming_the_header_as_written()
    {
        var firm = await samples.CreateFirmAsync();
        var row = LawyerRow(firm.GetProperty("uscc").GetString()!, Next());
        row[5] = "Corporate";
        var header = new[] { "name", "gender", "idNumber", "phone", "certificateNumber", "category", "firmUscc", "employer", "regionCode", "firstPracticeYear", "practisingSince", "foreignRelated", "languages", "specialties" };

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Csv(header, row), "lawyers.csv").InEnglish())).AssertOkJsonAsync();

        var errors = Errors(report.GetProperty("errors"));
        Assert.That(errors.Select(e => (e.Row, e.Column)), Is.EqualTo(new[] { (2, "certificateNumber"), (2, "firmUscc"), (2, "employer"), (2, "regionCode") }), string.Join("\n", errors));
        Assert.That(errors.Select(e => e.Message), Has.Member("Public-sector, corporate and legal-aid lawyers practise at no firm."));
    }

    [Test]
    public async Task Committing_a_file_with_one_bad_row_writes_nothing_and_answers_400_with_the_row_errors()
    {
        var firm = await samples.CreateFirmAsync();
        var uscc = firm.GetProperty("uscc").GetString()!;
        var bad = LawyerRow(uscc, Next());
        bad[4] = "1220120101";
        var file = Csv(LawyerHeader, LawyerRow(uscc, Next()), LawyerRow(uscc, Next()), bad);
        var before = await CountsAsync();
        var auditBefore = await AuditAsync();

        var problem = await (await client.SendAsync(Upload("/api/registry/imports/lawyers", file, "律师.csv"))).AssertProblemAsync(HttpStatusCode.BadRequest);

        Assert.Multiple(() =>
        {
            Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("import-has-errors"));
            Assert.That(problem.GetProperty("type").GetString(), Is.EqualTo("urn:lawyerwork:problem:import-has-errors"));
            Assert.That(problem.GetProperty("rows").GetInt32(), Is.EqualTo(3));
            Assert.That(problem.GetProperty("valid").GetInt32(), Is.EqualTo(2));
            Assert.That(problem.GetProperty("errorCount").GetInt32(), Is.EqualTo(1));
            Assert.That(Errors(problem.GetProperty("rowErrors")), Is.EqualTo(new[] { (4, "执业证号", "执业证号须为 17 位数字。") }));
        });
        Assert.That(await CountsAsync(), Is.EqualTo(before));
        var added = (await AuditAsync()).Where(r => auditBefore.TrueForAll(b => b.Id != r.Id)).ToList();
        Assert.That(added.Select(r => (r.Operation, r.Outcome, r.Reason)), Is.EqualTo(new[] { ("ImportLawyers", AuditOutcome.Failed, (string?)"import-has-errors") }),
            "the refusal is on record, and nothing else");
    }

    [Test]
    public async Task Committing_a_good_csv_creates_every_lawyer_with_its_outbox_message_and_one_audit_record_of_the_file()
    {
        var firm = await samples.CreateFirmAsync();
        var firmId = firm.GetProperty("id").GetString()!;
        var uscc = firm.GetProperty("uscc").GetString()!;
        var n = Next();
        var publicSector = LawyerRow("", n, "赵公");
        publicSector[4] = CertificateNumber("220102", 2010, '6', n);
        publicSector[5] = "公职";
        publicSector[7] = "长春市南关区司法局";
        publicSector[8] = "220102";
        var rows = new[] { LawyerRow(uscc, Next(), "钱一"), LawyerRow(uscc, Next(), "孙二"), publicSector };
        var file = Csv(LawyerHeader, rows);
        var before = await CountsAsync();
        var auditBefore = await AuditAsync();

        var response = await client.SendAsync(Upload("/api/registry/imports/lawyers", file, "律师名单.csv"));
        var report = await response.AssertOkJsonAsync();

        Assert.That(report.GetProperty("created").GetInt32(), Is.EqualTo(3));
        Assert.That(report.GetProperty("dryRun").GetBoolean(), Is.False);
        Assert.That(report.GetProperty("errors").GetArrayLength(), Is.Zero);
        Assert.That(await CountsAsync(), Is.EqualTo(before with { Lawyers = before.Lawyers + 3, LawyerEvents = before.LawyerEvents + 3 }));

        var atFirm = await (await client.SendAsync(Get($"/api/registry/lawyers?firmId={firmId}&sort=name"))).AssertOkJsonAsync();
        Assert.That(atFirm.GetProperty("items").EnumerateArray().Select(l => l.GetProperty("name").GetString()), Is.EqualTo(new[] { "孙二", "钱一" }).Or.EqualTo(new[] { "钱一", "孙二" }));
        var stored = await (await client.SendAsync(Get($"/api/registry/lawyers?certificateNumber={rows[0][4]}"))).AssertOkJsonAsync();
        var lawyer = await (await client.SendAsync(Get($"/api/registry/lawyers/{stored.GetProperty("items")[0].GetProperty("id").GetString()}"))).AssertOkJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(lawyer.GetProperty("category").GetString(), Is.EqualTo("FullTime"));
            Assert.That(lawyer.GetProperty("regionCode").GetString(), Is.EqualTo("220104"));
            Assert.That(lawyer.GetProperty("firstPracticeYear").GetInt32(), Is.EqualTo(2010));
            Assert.That(lawyer.GetProperty("specialties").EnumerateArray().Select(s => s.GetString()), Is.EquivalentTo(new[] { "Criminal", "Civil" }));
            Assert.That(lawyer.GetProperty("languages").EnumerateArray().Select(s => s.GetString()), Is.EqualTo(new[] { "en" }));
        });
        var firmAfter = await (await client.SendAsync(Get($"/api/registry/firms/{firmId}"))).AssertOkJsonAsync();
        Assert.That(firmAfter.GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(2));
        var employed = await (await client.SendAsync(Get($"/api/registry/lawyers?certificateNumber={publicSector[4]}"))).AssertOkJsonAsync();
        Assert.That(employed.GetProperty("items")[0].GetProperty("regionCode").GetString(), Is.EqualTo("220102"));

        var audit = (await AuditAsync()).Where(r => auditBefore.TrueForAll(b => b.Id != r.Id)).ToList();
        var summary = audit.Single(r => r.TargetType == "ImportFile");
        var details = JsonDocument.Parse(summary.Details!).RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(summary.Operation, Is.EqualTo("ImportLawyers"));
            Assert.That(summary.TargetId, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(file))));
            Assert.That(details.GetProperty("rows").GetInt32(), Is.EqualTo(3));
            Assert.That(details.GetProperty("created").GetInt32(), Is.EqualTo(3));
            Assert.That(details.GetProperty("fileName").GetString(), Is.EqualTo("律师名单.csv"));
        });
        Assert.That(audit.Count(r => r.Operation == "ImportLawyers" && r.TargetType == "Lawyer"), Is.EqualTo(3), "each created lawyer has its change record");
        Assert.That(audit.Select(r => r.Details ?? ""), Has.None.Contains(rows[0][2]).And.None.Contains("13812345678"), "no ID number or phone in the trail");
        Assert.That(factory.LogLines, Has.None.Contains(rows[0][2]).And.None.Contains("13812345678"), "nor in the logs");
    }

    [Test]
    public async Task Committing_a_good_xlsx_creates_every_lawyer()
    {
        var firm = await samples.CreateFirmAsync();
        var uscc = firm.GetProperty("uscc").GetString()!;
        var numbers = new[] { Next(), Next() };
        var sheet = numbers.Select(n => new Dictionary<string, object?>
        {
            ["姓名"] = "周" + n,
            ["性别"] = "男",
            ["身份证号码"] = IdNumber(n),
            ["手机号码"] = "13912345678",
            ["执业证号"] = CertificateNumber("220104", 2012, '2', n),
            ["执业类别"] = "兼职",
            ["律师事务所统一社会信用代码"] = uscc,
            ["首次执业年份"] = 2012,
            ["执业起始日期"] = new DateTime(2021, 3, 1),
            ["涉外"] = "是",
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);
        var before = await CountsAsync();

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers", stream.ToArray(), "律师.xlsx", ImportXlsx))).AssertOkJsonAsync();

        Assert.That(report.GetProperty("created").GetInt32(), Is.EqualTo(2));
        Assert.That(await CountsAsync(), Is.EqualTo(before with { Lawyers = before.Lawyers + 2, LawyerEvents = before.LawyerEvents + 2 }));
        var stored = await (await client.SendAsync(Get($"/api/registry/lawyers?certificateNumber={CertificateNumber("220104", 2012, '2', numbers[1])}"))).AssertOkJsonAsync();
        var lawyer = await (await client.SendAsync(Get($"/api/registry/lawyers/{stored.GetProperty("items")[0].GetProperty("id").GetString()}"))).AssertOkJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(lawyer.GetProperty("category").GetString(), Is.EqualTo("PartTime"));
            Assert.That(lawyer.GetProperty("foreignRelated").GetBoolean(), Is.True);
            Assert.That(lawyer.GetProperty("firmHistory")[0].GetProperty("from").GetString(), Is.EqualTo("2021-03-01"));
        });
    }

    [Test]
    public async Task An_xlsx_dry_run_numbers_rows_as_the_sheet_does()
    {
        var firm = await samples.CreateFirmAsync();
        var n = Next();
        var sheet = new List<Dictionary<string, object?>>
        {
            new() { ["姓名"] = "吴" + n, ["性别"] = "男", ["身份证号码"] = IdNumber(n), ["执业证号"] = CertificateNumber("220104", 2010, '1', n), ["执业类别"] = "专职", ["律师事务所统一社会信用代码"] = firm.GetProperty("uscc").GetString(), ["首次执业年份"] = 2010 },
            new() { ["姓名"] = null, ["性别"] = null, ["身份证号码"] = null, ["执业证号"] = null, ["执业类别"] = null, ["律师事务所统一社会信用代码"] = null, ["首次执业年份"] = null },
            new() { ["姓名"] = "郑" + n, ["性别"] = "女", ["身份证号码"] = IdNumber(n), ["执业证号"] = CertificateNumber("220104", 2010, '1', n), ["执业类别"] = "专职", ["律师事务所统一社会信用代码"] = firm.GetProperty("uscc").GetString(), ["首次执业年份"] = 2009 },
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheet, excelType: ExcelType.XLSX);

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", stream.ToArray(), "律师.xlsx", ImportXlsx))).AssertOkJsonAsync();

        Assert.That(report.GetProperty("rows").GetInt32(), Is.EqualTo(2));
        Assert.That(Errors(report.GetProperty("errors")).Select(e => (e.Row, e.Column)), Is.EqualTo(new[] { (4, "性别"), (4, "身份证号码"), (4, "执业证号") }));
    }

    [Test]
    public async Task Rows_outside_the_callers_region_are_row_errors_and_nothing_is_written()
    {
        var changchunFirm = await samples.CreateFirmAsync();
        var jilinFirm = await samples.CreateFirmAsync(body: FirmBody("220202"));
        var mine = LawyerRow(jilinFirm.GetProperty("uscc").GetString()!, Next());
        mine[4] = CertificateNumber("220202", 2010, '1', Next());
        var theirs = LawyerRow(changchunFirm.GetProperty("uscc").GetString()!, Next());
        var n = Next();
        var employedThere = LawyerRow("", n);
        employedThere[4] = CertificateNumber("220102", 2010, '7', n);
        employedThere[5] = "公司";
        employedThere[7] = "长春某公司";
        employedThere[8] = "220102";
        var before = await CountsAsync();

        var lawyers = await client.SendAsync(Upload("/api/registry/imports/lawyers", Csv(LawyerHeader, mine, theirs, employedThere), "律师.csv", scope: JilinCity, role: "city-officer"));
        var problem = await lawyers.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.That(Errors(problem.GetProperty("rowErrors")), Is.EqualTo(new[]
        {
            (3, "律师事务所统一社会信用代码", "律师事务所不存在或不在管理范围内。"),
            (4, "区划代码", "该行政区划或律所不在您的管理范围内。"),
        }));

        var firms = await client.SendAsync(Upload("/api/registry/imports/firms?dryRun=true", Csv(FirmHeader, FirmRow("220202", Next()), FirmRow("220104", Next())), "律所.csv", scope: JilinCity, role: "city-officer"));
        var report = await firms.AssertOkJsonAsync();
        Assert.That(Errors(report.GetProperty("errors")), Is.EqualTo(new[] { (3, "区划代码", "该行政区划或律所不在您的管理范围内。") }));
        Assert.That(await CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_firm_administrator_imports_lawyers_into_their_own_firm_only()
    {
        var own = await samples.CreateFirmAsync();
        var other = await samples.CreateFirmAsync();
        var scope = $"firm:{own.GetProperty("id").GetString()}";
        var file = Csv(LawyerHeader, LawyerRow(own.GetProperty("uscc").GetString()!, Next()), LawyerRow(other.GetProperty("uscc").GetString()!, Next()));

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", file, "律师.csv", scope: scope, role: "firm-administrator"))).AssertOkJsonAsync();

        Assert.That(Errors(report.GetProperty("errors")), Is.EqualTo(new[] { (3, "律师事务所统一社会信用代码", "律师事务所不存在或不在管理范围内。") }));
        var denied = await client.SendAsync(Upload("/api/registry/imports/firms?dryRun=true", Csv(FirmHeader, FirmRow("220104", Next())), "律所.csv", scope: scope, role: "firm-administrator"));
        Assert.That(denied.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
    }

    [Test]
    public async Task Values_already_registered_and_a_cancelled_firm_are_row_errors()
    {
        var firm = await samples.CreateFirmAsync();
        var uscc = firm.GetProperty("uscc").GetString()!;
        var existing = await samples.CreateLawyerAsync(Guid.Parse(firm.GetProperty("id").GetString()!));
        var closed = await samples.CreateFirmAsync();
        await (await client.SendAsync(Step($"/api/registry/firms/{closed.GetProperty("id").GetString()}/cancellation", new { effectiveOn = "2024-01-02", reason = "自行解散" }, ETag(0)))).AssertOkJsonAsync();
        var sameCertificate = LawyerRow(uscc, Next());
        sameCertificate[4] = existing.GetProperty("certificateNumber").GetString()!;
        var atClosedFirm = LawyerRow(closed.GetProperty("uscc").GetString()!, Next());
        var takenFirm = FirmRow("220104", Next());
        takenFirm[1] = uscc;

        var lawyers = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Csv(LawyerHeader, sameCertificate, atClosedFirm), "律师.csv"))).AssertOkJsonAsync();
        var firms = await (await client.SendAsync(Upload("/api/registry/imports/firms?dryRun=true", Csv(FirmHeader, takenFirm), "律所.csv"))).AssertOkJsonAsync();

        Assert.That(Errors(lawyers.GetProperty("errors")), Is.EqualTo(new[]
        {
            (2, "执业证号", $"执业证号 {sameCertificate[4]} 已登记。"),
            (3, "律师事务所统一社会信用代码", "律师不能加入已注销或被吊销执业许可证的律师事务所。"),
        }));
        Assert.That(Errors(firms.GetProperty("errors")), Is.EqualTo(new[] { (2, "统一社会信用代码", $"统一社会信用代码 {uscc} 已登记给另一家律师事务所。") }));
    }

    [Test]
    public async Task Duplicates_within_the_file_are_found_across_batches()
    {
        var firm = await samples.CreateFirmAsync();
        var uscc = firm.GetProperty("uscc").GetString()!;
        var rows = Enumerable.Range(0, 1_100).Select(_ => LawyerRow(uscc, Next())).ToList();
        rows[1_050][2] = rows[3][2];
        rows[1_060][4] = rows[700][4];

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Csv(LawyerHeader, [.. rows]), "律师.csv"))).AssertOkJsonAsync();

        Assert.That(report.GetProperty("rows").GetInt32(), Is.EqualTo(1_100));
        Assert.That(Errors(report.GetProperty("errors")), Is.EqualTo(new[]
        {
            (1_052, "身份证号码", "与第 5 行重复：同一文件中不能出现两次。"),
            (1_062, "执业证号", "与第 702 行重复：同一文件中不能出现两次。"),
        }));
    }

    [Test]
    public async Task A_file_of_several_batches_is_committed_whole()
    {
        var firm = await samples.CreateFirmAsync();
        var uscc = firm.GetProperty("uscc").GetString()!;
        var before = await CountsAsync();

        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers", Csv(LawyerHeader, [.. Enumerable.Range(0, 1_201).Select(_ => LawyerRow(uscc, Next()))]), "律师.csv"))).AssertOkJsonAsync();

        Assert.That(report.GetProperty("created").GetInt32(), Is.EqualTo(1_201));
        Assert.That(await CountsAsync(), Is.EqualTo(before with { Lawyers = before.Lawyers + 1_201, LawyerEvents = before.LawyerEvents + 1_201 }));
        var firmAfter = await (await client.SendAsync(Get($"/api/registry/firms/{firm.GetProperty("id").GetString()}"))).AssertOkJsonAsync();
        Assert.That(firmAfter.GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(1_201));
    }

    [Test]
    public async Task Committing_good_firms_creates_each_with_its_outbox_message_and_a_branch_may_name_a_registered_head()
    {
        var head = await samples.CreateFirmAsync();
        var branch = FirmRow("220102", Next());
        branch[10] = head.GetProperty("uscc").GetString()!;
        var file = Csv(FirmHeader, FirmRow("220104", Next()), branch);
        var before = await CountsAsync();

        var report = await (await client.SendAsync(Upload("/api/registry/imports/firms", file, "律所.csv"))).AssertOkJsonAsync();

        Assert.That(report.GetProperty("kind").GetString(), Is.EqualTo("Firms"));
        Assert.That(report.GetProperty("created").GetInt32(), Is.EqualTo(2));
        Assert.That(await CountsAsync(), Is.EqualTo(before with { Firms = before.Firms + 2, FirmEvents = before.FirmEvents + 2 }));
        var stored = await (await client.SendAsync(Get($"/api/registry/firms?uscc={branch[1]}"))).AssertOkJsonAsync();
        var read = await (await client.SendAsync(Get($"/api/registry/firms/{stored.GetProperty("items")[0].GetProperty("id").GetString()}"))).AssertOkJsonAsync();
        Assert.Multiple(() =>
        {
            Assert.That(read.GetProperty("branchOfId").GetString(), Is.EqualTo(head.GetProperty("id").GetString()));
            Assert.That(read.GetProperty("organisationForm").GetString(), Is.EqualTo("GeneralPartnership"));
            Assert.That(read.GetProperty("sizeBand").GetString(), Is.EqualTo("Medium"));
            Assert.That(read.GetProperty("foundedOn").GetString(), Is.EqualTo("2009-05-01"));
        });
        Assert.That((await AuditAsync()).Count(r => r.Operation == "ImportFirms" && r.TargetType == "ImportFile"), Is.EqualTo(1));
    }

    [Test]
    public async Task Firm_rows_are_checked_like_RegisterFirm_and_within_the_file()
    {
        var first = FirmRow("220104", Next());
        var sameCode = FirmRow("220104", Next());
        sameCode[1] = first[1];
        var sameLicence = FirmRow("220104", Next());
        sameLicence[2] = first[2];
        var wrong = FirmRow("220104", Next());
        wrong[1] = "91110000802100433B";
        wrong[3] = "合伙";
        wrong[5] = "229999";
        wrong[9] = "1970-01-01";
        var headInFile = FirmRow("220104", Next());
        headInFile[10] = first[1];

        var report = await (await client.SendAsync(Upload("/api/registry/imports/firms?dryRun=true", Csv(FirmHeader, first, sameCode, sameLicence, wrong, headInFile), "律所.csv"))).AssertOkJsonAsync();

        Assert.That(Errors(report.GetProperty("errors")), Is.EqualTo(new[]
        {
            (3, "统一社会信用代码", "与第 2 行重复：同一文件中不能出现两次。"),
            (4, "执业许可证号", "与第 2 行重复：同一文件中不能出现两次。"),
            (5, "统一社会信用代码", "律师事务所的统一社会信用代码以 31 开头，第 3 至 8 位为行政区划代码。"),
            (5, "组织形式", "无法识别“合伙”，可填：普通合伙、特殊的普通合伙、个人、国资。"),
            (5, "区划代码", "没有该代码的行政区划。"),
            (5, "成立日期", "成立日期须在 1979 年（律师制度恢复）之后且不晚于今天。"),
            (6, "总所统一社会信用代码", "总所在本文件第 2 行：请先导入总所，再导入其分所。"),
        }));
    }

    [TestCase("律师.txt", "text/plain")]
    [TestCase("律师.xls", "application/vnd.ms-excel")]
    [TestCase("律师", "application/json")]
    public async Task A_file_that_is_neither_csv_nor_xlsx_is_415(string fileName, string contentType)
    {
        var response = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Encoding.UTF8.GetBytes("姓名\r\n张三\r\n"), fileName, contentType));

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.That(problem.GetProperty("code").GetString(), Is.EqualTo("unsupported-file-type"));
    }

    [Test]
    public async Task A_csv_named_xlsx_is_415_and_a_body_that_is_not_a_form_is_415()
    {
        var renamed = await client.SendAsync(Upload("/api/registry/imports/firms?dryRun=true", Csv(FirmHeader, FirmRow("220104", Next())), "律所.xlsx", ImportXlsx));
        await renamed.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);

        var json = await client.SendAsync(Post("/api/registry/imports/firms", new { file = "x" }));
        await json.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task Missing_required_columns_are_a_400_naming_file_and_each_missing_header()
    {
        var header = LawyerHeader.Where(h => h is not ("身份证号码" or "执业证号")).ToArray();

        var response = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Csv(header, header.Select(_ => "x").ToArray()), "律师.csv"));

        var problem = await response.AssertValidationProblemAsync("file");
        Assert.That(problem.GetProperty("errors").GetProperty("file").EnumerateArray().Select(m => m.GetString()),
            Is.EqualTo(new[] { "缺少必需的列“身份证号码”（或 idNumber）。", "缺少必需的列“执业证号”（或 certificateNumber）。" }));
    }

    [Test]
    public async Task A_column_named_twice_is_a_400_naming_file()
    {
        var header = LawyerHeader.Append("name").ToArray();
        var response = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Csv(header, header.Select(_ => "x").ToArray()), "律师.csv"));
        var problem = await response.AssertValidationProblemAsync("file");
        Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(), Is.EqualTo("列“姓名”出现了不止一次。"));
    }

    [TestCase("")]
    [TestCase("\r\n\r\n,,,\r\n")]
    [TestCase("姓名,性别,身份证号码,执业证号,执业类别,首次执业年份\r\n")]
    [TestCase("\uFEFF姓名,性别,身份证号码,执业证号,执业类别,首次执业年份\r\n,,,,,\r\n")]
    public async Task An_empty_file_or_one_without_data_rows_is_a_400_naming_file(string content)
    {
        var before = await CountsAsync();
        var response = await client.SendAsync(Upload("/api/registry/imports/lawyers", Encoding.UTF8.GetBytes(content), "律师.csv"));

        await response.AssertValidationProblemAsync("file");
        Assert.That(await CountsAsync(), Is.EqualTo(before));
    }

    [Test]
    public async Task A_missing_file_field_is_a_400_naming_file()
    {
        using var form = new MultipartFormDataContent { { new StringContent("x"), "other" } };
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/registry/imports/lawyers?dryRun=true") { Content = form }.AsCaller("provincial-officer", Province);

        await (await client.SendAsync(request)).AssertValidationProblemAsync("file");
    }

    [Test]
    public async Task A_csv_that_is_not_utf8_or_has_an_open_quote_is_a_400_naming_file()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GB18030").GetBytes(string.Join(',', LawyerHeader) + "\r\n张三\r\n");
        var gbkResponse = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", gbk, "律师.csv"));
        var problem = await gbkResponse.AssertValidationProblemAsync("file");
        Assert.That(problem.GetProperty("errors").GetProperty("file")[0].GetString(), Does.Contain("UTF-8"));

        var open = Encoding.UTF8.GetBytes(string.Join(',', LawyerHeader) + "\r\n\"张三,男\r\n");
        var openResponse = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", open, "律师.csv"));
        var openProblem = await openResponse.AssertValidationProblemAsync("file");
        Assert.That(openProblem.GetProperty("errors").GetProperty("file")[0].GetString(), Is.EqualTo("第 2 行的引号没有闭合。"));
    }

    [Test]
    public async Task A_damaged_xlsx_is_a_400_naming_file()
    {
        var damaged = "PK\u0003\u0004 not really a zip"u8.ToArray();
        var response = await client.SendAsync(Upload("/api/registry/imports/firms?dryRun=true", damaged, "律所.xlsx", ImportXlsx));
        await response.AssertValidationProblemAsync("file");
    }

    [Test]
    public async Task The_import_endpoints_take_bodies_over_the_default_limit_up_to_100_MiB()
    {
        var twoMebibytes = Encoding.UTF8.GetBytes(string.Join(',', LawyerHeader) + new string('\n', 2 * 1024 * 1024));
        var large = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", twoMebibytes, "律师.csv"));
        await large.AssertValidationProblemAsync("file");

        var tooLarge = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", new byte[(101 * 1024 * 1024) + 1], "律师.csv"));
        await tooLarge.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Test]
    public async Task An_unreadable_dry_run_flag_is_a_400_naming_it()
    {
        var response = await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=maybe", Csv(LawyerHeader), "律师.csv"));
        await response.AssertValidationProblemAsync("dryRun");
    }

    [Test]
    public async Task The_templates_carry_the_headers_in_the_callers_language_and_import_back()
    {
        var csv = await client.SendAsync(Get("/api/registry/imports/lawyers/template"));
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(csv.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.That(bytes.Take(3), Is.EqualTo(Encoding.UTF8.GetPreamble()));
        Assert.That(Encoding.UTF8.GetString(bytes[3..]).TrimEnd(), Is.EqualTo(string.Join(',', LawyerHeader)));

        var english = await (await client.SendAsync(Get("/api/registry/imports/firms/template").InEnglish())).Content.ReadAsStringAsync();
        Assert.That(english.TrimStart('\uFEFF').TrimEnd(), Is.EqualTo("name,uscc,licenceNumber,organisationForm,sizeBand,regionCode,director,address,phone,foundedOn,branchOfUscc"));

        var xlsx = await client.SendAsync(Get("/api/registry/imports/firms/template?format=xlsx"));
        Assert.That(xlsx.Content.Headers.ContentType?.MediaType, Is.EqualTo(ImportXlsx));
        using var sheet = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var header = ((IDictionary<string, object?>)sheet.Query(useHeaderRow: false, excelType: ExcelType.XLSX).First()).Values.Select(v => v?.ToString());
        Assert.That(header, Is.EqualTo(FirmHeader));

        // The template, filled in, is a file the import takes.
        var filled = Encoding.UTF8.GetString(bytes) + string.Join(',', LawyerRow((await samples.CreateFirmAsync()).GetProperty("uscc").GetString()!, Next()).Select(CsvExport.Escape)) + "\r\n";
        var report = await (await client.SendAsync(Upload("/api/registry/imports/lawyers?dryRun=true", Encoding.UTF8.GetBytes(filled), "律师.csv"))).AssertOkJsonAsync();
        Assert.That(report.GetProperty("valid").GetInt32(), Is.EqualTo(1), report.ToString());
    }

    [Test]
    public async Task An_unknown_template_format_is_a_400_naming_it()
    {
        var response = await client.SendAsync(Get("/api/registry/imports/lawyers/template?format=pdf"));
        await response.AssertValidationProblemAsync("format");
    }

    private const string ImportXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static string[] LawyerRow(string firmUscc, int n, string name = "李四") =>
        [name, "男", IdNumber(n), "13812345678", CertificateNumber("220104", 2010, '1', n), "专职", firmUscc, "", "", "2010", "2020-01-01", "否", "en", "刑事、民事"];

    private static string[] FirmRow(string regionCode, int n)
    {
        var body = FirmBody(regionCode, n: n);
        return [(string)body["name"]!, (string)body["uscc"]!, (string)body["licenceNumber"]!, "普通合伙", "中型", regionCode, "王正", "长春市朝阳区人民大街1号", "0431-88888888", "2009-05-01", ""];
    }

    private static string WrongCheckCharacter(string idNumber) =>
        idNumber[..17] + (idNumber[17] == '1' ? '2' : '1');

    private static byte[] Csv(string[] header, params string[][] rows) =>
        Encoding.UTF8.GetBytes("\uFEFF" + string.Join("\r\n", new[] { header }.Concat(rows).Select(r => string.Join(',', r.Select(CsvExport.Escape)))) + "\r\n");

    private static HttpRequestMessage Upload(string path, byte[] content, string fileName, string contentType = "text/csv", string scope = Province, string role = "provincial-officer")
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        return new HttpRequestMessage(HttpMethod.Post, path) { Content = form }.AsCaller(role, scope);
    }

    private static List<(int Row, string Column, string Message)> Errors(JsonElement errors) =>
        errors.EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.GetProperty("column").GetString()!, e.GetProperty("message").GetString()!)).ToList();

    private async Task<Counts> CountsAsync()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<RegistryDbContext>();
        return new Counts(
            await db.Firms.CountAsync(),
            await db.Lawyers.CountAsync(),
            await db.Outbox.CountAsync(m => m.Type == "FirmRegistered"),
            await db.Outbox.CountAsync(m => m.Type == "LawyerRegistered"));
    }

    private async Task<List<AuditRecord>> AuditAsync()
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<AuditDbContext>().Records.AsNoTracking().OrderBy(r => r.RecordedAt).ToListAsync();
    }

    private sealed record Counts(int Firms, int Lawyers, int FirmEvents, int LawyerEvents);
}
