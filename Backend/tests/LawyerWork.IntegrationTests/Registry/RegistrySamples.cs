using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.Modules.Registry.Domain.Identifiers;

namespace LawyerWork.IntegrationTests.Registry;

/// <summary>Valid, unique register data made through the API, as a department's staff would enter it.</summary>
public sealed class RegistrySamples(HttpClient client)
{
    public const string Province = "region:220000";
    public const string Changchun = "region:220100";
    public const string JilinCity = "region:220200";

    private static int sequence;

    public static int Next() => Interlocked.Increment(ref sequence);

    public static string Uscc(string regionCode, int n)
    {
        var body = $"31{regionCode}MD{n:0000000}";
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    public static string IdNumber(int n, bool male = true)
    {
        var birth = new DateOnly(1960, 1, 1).AddDays(n % 10000).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var sequenceDigits = (n / 10000 % 99 * 10) + (male ? 1 : 2);
        var body = $"220102{birth}{sequenceDigits:000}";
        return body + ResidentIdNumber.CheckCharacter(body);
    }

    public static string CertificateNumber(string regionCode, int year, char category, int n) =>
        $"1{regionCode[..4]}{year}{category}1{n:000000}";

    public static Dictionary<string, object?> FirmBody(string regionCode = "220104", string? name = null, int? n = null)
    {
        var i = n ?? Next();
        return new()
        {
            ["name"] = name ?? $"测试{i}律师事务所",
            ["uscc"] = Uscc(regionCode, i),
            ["licenceNumber"] = $"3{regionCode[..4]}2009{i:00000000}",
            ["organisationForm"] = "GeneralPartnership",
            ["sizeBand"] = "Medium",
            ["regionCode"] = regionCode,
            ["director"] = "王正",
            ["address"] = "长春市朝阳区人民大街1号",
            ["phone"] = "0431-88888888",
            ["foundedOn"] = "2009-05-01",
        };
    }

    public static Dictionary<string, object?> LawyerBody(Guid firmId, string regionCode = "220104", int? n = null, string name = "张三")
    {
        var i = n ?? Next();
        return new()
        {
            ["name"] = name,
            ["gender"] = "Male",
            ["idNumber"] = IdNumber(i),
            ["phone"] = "13812345678",
            ["certificateNumber"] = CertificateNumber(regionCode, 2010, '1', i),
            ["category"] = "FullTime",
            ["firmId"] = firmId,
            ["firstPracticeYear"] = 2010,
            ["specialties"] = new[] { "Criminal", "Labour" },
            ["languages"] = new[] { "en" },
            ["practisingSince"] = "2020-01-01",
        };
    }

    public async Task<JsonElement> CreateFirmAsync(string scope = Province, Dictionary<string, object?>? body = null)
    {
        var response = await client.SendAsync(Post("/api/registry/firms", body ?? FirmBody(), scope));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public async Task<JsonElement> CreateLawyerAsync(Guid firmId, string regionCode = "220104", string scope = Province, string name = "张三")
    {
        var response = await client.SendAsync(Post("/api/registry/lawyers", LawyerBody(firmId, regionCode, name: name), scope));
        Assert.That(response.StatusCode, Is.EqualTo(System.Net.HttpStatusCode.Created), await response.Content.ReadAsStringAsync());
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    public static HttpRequestMessage Get(string path, string scope = Province, string role = "provincial-officer") =>
        new HttpRequestMessage(HttpMethod.Get, path).AsCaller(role, scope);

    public static HttpRequestMessage Post(string path, object body, string scope = Province, string role = "provincial-officer") =>
        new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) }.AsCaller(role, scope);

    public static HttpRequestMessage Put(string path, object body, string? etag, string scope = Province, string role = "provincial-officer")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) }.AsCaller(role, scope);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    public static HttpRequestMessage Step(string path, object body, string? etag, string scope = Province, string role = "provincial-officer")
    {
        var request = Post(path, body, scope, role);
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return request;
    }

    public static string ETag(long version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";
}
