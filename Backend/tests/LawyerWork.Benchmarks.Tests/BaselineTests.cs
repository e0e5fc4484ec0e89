using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using LawyerWork.Benchmarks.Baseline;
using LawyerWork.Benchmarks.Load;
using LawyerWork.Migrations.Sqlite;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Registry.Persistence;
using LawyerWork.Modules.Supervision;
using LawyerWork.Modules.Supervision.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Benchmarks.Tests;

/// <summary>
/// The baseline against a SQLite database that the product's own migrations made, seeded by SQL, over
/// https with a self-signed certificate and the load generator's loopback client (which accepts it).
/// </summary>
public sealed class BaselineTests
{
    private const string Certificate = "12201201911000001";
    private const string Uscc = "91220100MA0000000X";
    private static readonly Guid FirmId = Guid.Parse("0193a000-0000-7000-8000-00000000f001");
    private static readonly Guid Zhang3 = Guid.Parse("0193a000-0000-7000-8000-000000000a03");
    private static readonly Guid Zhang4 = Guid.Parse("0193a000-0000-7000-8000-000000000a04");
    private static readonly Guid Zhang5 = Guid.Parse("0193a000-0000-7000-8000-000000000a05");
    private static readonly Guid Wang6 = Guid.Parse("0193a000-0000-7000-8000-000000000a06");
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private string folder = null!;
    private string connectionString = null!;
    private WebApplication app = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public async Task StartBaselineOnAMigratedDatabase()
    {
        folder = Directory.CreateTempSubdirectory("lawyerwork-baseline-").FullName;
        connectionString = $"Data Source={Path.Combine(folder, "bench.db")}";
        var database = new SqliteModuleDatabase(connectionString);
        var registry = new DbContextOptionsBuilder<RegistryDbContext>();
        database.Configure(registry, RegistryModule.Schema);
        await using (var context = new RegistryDbContext(registry.Options))
        {
            await context.Database.MigrateAsync();
        }

        var supervision = new DbContextOptionsBuilder<SupervisionDbContext>();
        database.Configure(supervision, SupervisionModule.Schema);
        await using (var context = new SupervisionDbContext(supervision.Options))
        {
            await context.Database.MigrateAsync();
        }

        await SeedAsync();

        var pfx = Path.Combine(folder, "server.pfx");
        await File.WriteAllBytesAsync(pfx, SelfSignedPfx("test-password"));
        var url = new Uri($"https://127.0.0.1:{OpenLoopTests.FreePort()}");
        app = BaselineApp.Create(BaselineOptions.Parse(
            ["--provider", "Sqlite", "--connection", connectionString, "--urls", url.ToString(), "--cert", pfx, "--cert-password", "test-password"]));
        await app.StartAsync();
        client = LoopbackClient.Create(new Uri(url, "/"), 4, TimeSpan.FromSeconds(10));
    }

    [OneTimeTearDown]
    public async Task Stop()
    {
        client?.Dispose();
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public async Task Ids_are_stored_as_the_product_stores_them()
    {
        // Organisations were written by the product's migration (EF Core's Guid literal); the lawyers by
        // Microsoft.Data.Sqlite's Guid parameter, as the baseline binds ids: both uppercase TEXT.
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT id FROM registry_organisations LIMIT 1), (SELECT id FROM registry_lawyers WHERE certificate_number = $c), typeof((SELECT id FROM registry_lawyers LIMIT 1))";
        command.Parameters.AddWithValue("$c", Certificate);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(reader.GetString(0), Is.EqualTo(reader.GetString(0).ToUpperInvariant()).And.Length.EqualTo(36));
            Assert.That(reader.GetString(1), Is.EqualTo(Zhang3.ToString().ToUpperInvariant()));
            Assert.That(reader.GetString(2), Is.EqualTo("text"));
        });
    }

    [Test]
    public async Task The_public_lawyer_has_practice_information_specialties_and_integrity_records()
    {
        var lawyer = await GetJsonAsync($"/api/public/lawyers/{Certificate}");
        Assert.Multiple(() =>
        {
            Assert.That(lawyer.GetProperty("name").GetString(), Is.EqualTo("张三"));
            Assert.That(lawyer.GetProperty("certificateNumber").GetString(), Is.EqualTo(Certificate));
            Assert.That(lawyer.GetProperty("category").GetString(), Is.EqualTo("FullTime"));
            Assert.That(lawyer.GetProperty("status").GetString(), Is.EqualTo("Practising"));
            Assert.That(lawyer.GetProperty("firmName").GetString(), Is.EqualTo("吉林测试律师事务所"));
            Assert.That(lawyer.GetProperty("regionName").GetString(), Is.EqualTo("南关区"));
            Assert.That(Strings(lawyer.GetProperty("specialties")), Is.EquivalentTo(new[] { "Civil", "Criminal" }));
            Assert.That(lawyer.GetProperty("integrity").GetArrayLength(), Is.EqualTo(1));
            Assert.That(lawyer.GetProperty("integrity")[0].GetProperty("title").GetString(), Is.EqualTo("年度优秀律师"));
            Assert.That(lawyer.TryGetProperty("idNumber", out _), Is.False);
        });

        var missing = await client.GetAsync(new Uri("/api/public/lawyers/12201201911999999", UriKind.Relative));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task The_public_search_matches_a_name_prefix_within_a_region_subtree()
    {
        var all = await GetJsonAsync($"/api/public/lawyers?name={Uri.EscapeDataString("张")}&regionCode=220100&pageSize=20");
        var district = await GetJsonAsync($"/api/public/lawyers?name={Uri.EscapeDataString("张")}&regionCode=220102&pageSize=20");
        var four = await GetJsonAsync($"/api/public/lawyers?name={Uri.EscapeDataString("张四")}");
        Assert.Multiple(() =>
        {
            Assert.That(Names(all), Is.EqualTo(new[] { "张三", "张五", "张四" }), "in the order of the normalised name (code points)");
            Assert.That(all.GetProperty("totalCount").GetInt64(), Is.EqualTo(3));
            Assert.That(all.GetProperty("page").GetInt32(), Is.EqualTo(1));
            Assert.That(all.GetProperty("items")[0].GetProperty("integrity").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(Strings(all.GetProperty("items")[0].GetProperty("specialties")), Is.EquivalentTo(new[] { "Civil", "Criminal" }));
            Assert.That(Names(district), Is.EqualTo(new[] { "张三", "张四" }));
            Assert.That(Names(four), Is.EqualTo(new[] { "张四" }));
        });
    }

    [Test]
    public async Task The_public_firm_has_its_lawyer_count_and_integrity_list()
    {
        var firm = await GetJsonAsync($"/api/public/firms/{Uscc.ToLowerInvariant()}");
        Assert.Multiple(() =>
        {
            Assert.That(firm.GetProperty("name").GetString(), Is.EqualTo("吉林测试律师事务所"));
            Assert.That(firm.GetProperty("uscc").GetString(), Is.EqualTo(Uscc));
            Assert.That(firm.GetProperty("practisingLawyerCount").GetInt32(), Is.EqualTo(2));
            Assert.That(firm.GetProperty("regionName").GetString(), Is.EqualTo("南关区"));
            Assert.That(firm.GetProperty("integrity").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task A_lawyer_in_detail_has_masked_personal_data_ordered_specialties_history_and_an_ETag()
    {
        var response = await client.GetAsync(new Uri($"/api/registry/lawyers/{Zhang3}", UriKind.Relative));
        var lawyer = await JsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"3\""));
            Assert.That(lawyer.GetProperty("id").GetGuid(), Is.EqualTo(Zhang3));
            Assert.That(lawyer.GetProperty("idNumber").GetString(), Is.EqualTo("220***********1234"));
            Assert.That(lawyer.GetProperty("phone").GetString(), Is.EqualTo("138****5678"));
            Assert.That(lawyer.GetProperty("birthDate").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(lawyer.GetProperty("personalDataMasked").GetBoolean(), Is.True);
            Assert.That(lawyer.GetProperty("firmId").GetGuid(), Is.EqualTo(FirmId));
            Assert.That(lawyer.GetProperty("firmName").GetString(), Is.EqualTo("吉林测试律师事务所"));
            Assert.That(Strings(lawyer.GetProperty("languages")), Is.EqualTo(new[] { "en", "ru" }));
            Assert.That(Strings(lawyer.GetProperty("specialties")), Is.EqualTo(new[] { "Criminal", "Civil" }), "in the enum's order, as the product lists them");
            Assert.That(lawyer.GetProperty("firmHistory").GetArrayLength(), Is.EqualTo(1));
            Assert.That(lawyer.GetProperty("firmHistory")[0].GetProperty("from").GetString(), Is.EqualTo("2019-07-01"));
            Assert.That(lawyer.GetProperty("statusChangedOn").GetString(), Is.EqualTo("2019-07-01"));
            Assert.That(lawyer.GetProperty("createdAt").GetDateTimeOffset(), Is.EqualTo(new DateTimeOffset(2024, 3, 1, 1, 2, 3, TimeSpan.Zero).AddTicks(4560)));
            Assert.That(lawyer.GetProperty("version").GetInt64(), Is.EqualTo(3));
        });

        var missing = await client.GetAsync(new Uri($"/api/registry/lawyers/{Guid.NewGuid()}", UriKind.Relative));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
    }

    [Test]
    public async Task A_firm_in_detail_has_its_region_and_an_ETag()
    {
        var response = await client.GetAsync(new Uri($"/api/registry/firms/{FirmId}", UriKind.Relative));
        var firm = await JsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.Headers.ETag?.Tag, Is.EqualTo("\"1\""));
            Assert.That(firm.GetProperty("licenceNumber").GetString(), Is.EqualTo("12201201910000001"));
            Assert.That(firm.GetProperty("organisationForm").GetString(), Is.EqualTo("GeneralPartnership"));
            Assert.That(firm.GetProperty("regionName").GetString(), Is.EqualTo("南关区"));
            Assert.That(firm.GetProperty("foundedOn").GetString(), Is.EqualTo("2010-01-01"));
            Assert.That(firm.GetProperty("branchOfId").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task The_lawyer_list_walks_by_cursor_and_pages_by_number_in_name_order()
    {
        var first = await GetJsonAsync("/api/registry/lawyers?pageSize=2&cursor=");
        var cursor = first.GetProperty("nextCursor").GetString();
        Assert.That(cursor, Is.Not.Null);
        var second = await GetJsonAsync($"/api/registry/lawyers?pageSize=2&cursor={Uri.EscapeDataString(cursor!)}");
        var paged = await GetJsonAsync("/api/registry/lawyers?page=2&pageSize=2");
        var county = await GetJsonAsync("/api/registry/lawyers?regionCode=220103&status=Practising&pageSize=20");
        var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(cursor!.Replace('-', '+').Replace('_', '/') + new string('=', (4 - (cursor.Length % 4)) % 4)));

        Assert.Multiple(() =>
        {
            Assert.That(Names(first), Is.EqualTo(new[] { "张三", "张五" }));
            Assert.That(first.GetProperty("totalCount").ValueKind, Is.EqualTo(JsonValueKind.Null), "a walk does not count");
            Assert.That(Names(second), Has.Length.EqualTo(2).And.Member("张四"), "张四, then 王六 (or the name the update test gave it)");
            Assert.That(second.GetProperty("nextCursor").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(decoded, Does.StartWith("{\"Sort\":\"\",\"Keys\":[").And.Contain(Zhang5.ToString()), "the product's cursor format");
            Assert.That(Names(paged)[0], Is.EqualTo("张四"));
            Assert.That(paged.GetProperty("totalCount").GetInt64(), Is.EqualTo(4));
            Assert.That(Names(county), Is.EqualTo(new[] { "张五" }));
            Assert.That(county.GetProperty("items")[0].GetProperty("employer").GetString(), Is.EqualTo("长春市宽城区司法局"));
        });

        var both = await client.GetAsync(new Uri("/api/registry/lawyers?page=2&cursor=", UriKind.Relative));
        Assert.That(both.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task The_export_streams_the_products_columns_with_personal_data_masked()
    {
        var response = await client.GetAsync(new Uri("/api/registry/lawyers/export", UriKind.Relative));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
            Assert.That(bytes.AsSpan(0, 3).ToArray(), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with a BOM, for Excel");
            Assert.That(lines[0], Is.EqualTo("姓名,性别,执业证号,执业类别,执业机构,区划代码,所在地区,首次执业年份,涉外,状态,身份证号（已脱敏）,手机（已脱敏）"));
            Assert.That(lines, Has.Length.EqualTo(5));
            Assert.That(lines[1], Is.EqualTo($"张三,男,{Certificate},专职,吉林测试律师事务所,220102,南关区,2019,是,执业,220***********1234,138****5678"));
            Assert.That(lines[2], Does.StartWith("张五,女,").And.Contain(",公职,长春市宽城区司法局,220103,宽城区,"));
        });
    }

    [Test]
    public async Task An_update_needs_the_current_ETag_and_answers_the_next_one()
    {
        var update = await PutNameAsync(Wang6, "\"1\"", "王  七");
        var stale = await PutNameAsync(Wang6, "\"1\"", "王八");
        var missing = await PutNameAsync(Wang6, null, "王八");
        var unknown = await PutNameAsync(Guid.NewGuid(), "\"1\"", "王八");
        var after = await client.GetAsync(new Uri($"/api/registry/lawyers/{Wang6}", UriKind.Relative));
        var lawyer = await JsonAsync(after);

        Assert.Multiple(() =>
        {
            Assert.That(update.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(update.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(stale.StatusCode, Is.EqualTo(HttpStatusCode.PreconditionFailed));
            Assert.That(stale.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(missing.StatusCode, Is.EqualTo((HttpStatusCode)428));
            Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(after.Headers.ETag?.Tag, Is.EqualTo("\"2\""));
            Assert.That(lawyer.GetProperty("name").GetString(), Is.EqualTo("王  七"));
            Assert.That(lawyer.GetProperty("updatedAt").GetDateTimeOffset(), Is.GreaterThan(DateTimeOffset.UtcNow.AddMinutes(-1)));
        });

        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_search FROM registry_lawyers WHERE id = $id";
        command.Parameters.AddWithValue("$id", Wang6);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo("王 七"), "the search column normalised as the product's SearchText does");
    }

    private async Task<HttpResponseMessage> PutNameAsync(Guid id, string? ifMatch, string name)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/registry/lawyers/{id}", UriKind.Relative))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { name, gender = "Female", category = "PublicSector" }), Encoding.UTF8, "application/json"),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return await client.SendAsync(request);
    }

    private async Task<JsonElement> GetJsonAsync(string path) => await JsonAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), text);
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/json"));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static string[] Names(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToArray();

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    private async Task SeedAsync()
    {
        var created = (new DateTimeOffset(2024, 3, 1, 1, 2, 3, TimeSpan.Zero).AddTicks(4560).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO registry_firms (id, name, name_search, uscc, licence_number, organisation_form, size_band, region_code, director, address,
                phone, founded_on, branch_of_id, status, status_changed_on, status_reason, suspended_until, practising_lawyer_count, created_at, updated_at, version)
            VALUES ($firm, '吉林测试律师事务所', '吉林测试律师事务所', $uscc, '12201201910000001', 'GeneralPartnership', 'Small', '220102', '李四',
                '长春市南关区人民大街1号', '043188888888', '2010-01-01', NULL, 'Practising', '2010-01-01', NULL, NULL, 2, $created, $created, 1);

            INSERT INTO registry_lawyers (id, name, name_search, gender, id_number, phone, certificate_number, category, firm_id, employer, region_code,
                first_practice_year, foreign_related, languages, status, status_changed_on, status_reason, suspended_until, needs_new_firm,
                unqualified_in_year, created_at, updated_at, version)
            VALUES
                ($z3, '张三', '张三', 'Male', '220102199001011234', '13812345678', $certificate, 'FullTime', $firm, NULL, '220102',
                 2019, 1, 'en,ru', 'Practising', '2019-07-01', NULL, NULL, 0, NULL, $created, $created, 3),
                ($z4, '张四', '张四', 'Female', '220102199202021236', NULL, '12201201911000002', 'FullTime', $firm, NULL, '220102',
                 2019, 0, '', 'Practising', '2019-07-01', NULL, NULL, 0, NULL, $created, $created, 1),
                ($z5, '张五', '张五', 'Female', '220103199303031238', NULL, '12201201931000003', 'PublicSector', NULL, '长春市宽城区司法局', '220103',
                 2019, 0, '', 'Practising', '2019-07-01', NULL, NULL, 0, NULL, $created, $created, 1),
                ($w6, '王六', '王六', 'Male', '220102199404041230', NULL, '12201201911000004', 'FullTime', $firm, NULL, '220102',
                 2019, 0, '', 'Practising', '2019-07-01', NULL, NULL, 0, NULL, $created, $created, 1);

            INSERT INTO registry_lawyer_specialties (lawyer_id, specialty) VALUES ($z3, 'Civil'), ($z3, 'Criminal');
            INSERT INTO registry_lawyer_firm_periods (id, lawyer_id, firm_id, firm_name, "from", "to") VALUES
                ($p3, $z3, $firm, '吉林测试律师事务所', '2019-07-01', NULL),
                ($p4, $z4, $firm, '吉林测试律师事务所', '2019-07-01', NULL);

            INSERT INTO supervision_integrity_records (id, kind, subject, subject_id, subject_name, region_code, measure, title, decided_by,
                document_number, decided_on, effective_until, disclosed_until, complaint_id, recorded_at, version)
            VALUES ($record, 'Reward', 'Lawyer', $z3, '张三', '220102', '通报表扬', '年度优秀律师', '长春市司法局', '长司发〔2026〕1号',
                $decided, NULL, $disclosed, NULL, $created, 1);
            """;
        command.Parameters.AddWithValue("$firm", FirmId);
        command.Parameters.AddWithValue("$uscc", Uscc);
        command.Parameters.AddWithValue("$created", created);
        command.Parameters.AddWithValue("$certificate", Certificate);
        command.Parameters.AddWithValue("$z3", Zhang3);
        command.Parameters.AddWithValue("$z4", Zhang4);
        command.Parameters.AddWithValue("$z5", Zhang5);
        command.Parameters.AddWithValue("$w6", Wang6);
        command.Parameters.AddWithValue("$p3", Guid.CreateVersion7());
        command.Parameters.AddWithValue("$p4", Guid.CreateVersion7());
        command.Parameters.AddWithValue("$record", Guid.CreateVersion7());
        command.Parameters.AddWithValue("$decided", Today.AddDays(-10));
        command.Parameters.AddWithValue("$disclosed", Today.AddYears(1));
        await command.ExecuteNonQueryAsync();
    }

    private static byte[] SelfSignedPfx(string password)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pfx, password);
    }
}
