using LawyerWork.Benchmarks.Load;

namespace LawyerWork.Benchmarks.Tests;

public sealed class CommandLineTests
{
    private static readonly Uri Base = new("https://127.0.0.1:5443/");

    [Test]
    public void A_requests_file_gives_one_GET_a_line_and_skips_comments_and_blank_lines()
    {
        var requests = RequestFile.Parse(
            ["# the public look-up", "", "GET /api/public/lawyers/12201201910123456", "  /api/public/lawyers?name=%E5%BC%A0&pageSize=20  ", "GET\t/api/registry/lawyers?cursor="],
            Base,
            [new("Authorization", "Bearer x")]);

        Assert.That(requests.Select(r => r.Path), Is.EqualTo(new[]
        {
            "/api/public/lawyers/12201201910123456", "/api/public/lawyers?name=%E5%BC%A0&pageSize=20", "/api/registry/lawyers?cursor=",
        }));
        using var message = requests[1].Build();
        Assert.Multiple(() =>
        {
            Assert.That(message.Method, Is.EqualTo(HttpMethod.Get));
            Assert.That(message.RequestUri, Is.EqualTo(new Uri("https://127.0.0.1:5443/api/public/lawyers?name=%E5%BC%A0&pageSize=20")));
            Assert.That(message.Version, Is.EqualTo(new Version(1, 1)));
            Assert.That(message.Headers.GetValues("Authorization"), Is.EqualTo(new[] { "Bearer x" }));
        });
    }

    [TestCase("PUT /api/registry/lawyers/1", "only GET")]
    [TestCase("GET api/public/lawyers", "must start with /")]
    [TestCase("GET /a /b", "expected 'GET /path'")]
    public void A_bad_line_is_refused_with_its_number(string line, string message)
    {
        var error = Assert.Throws<UsageException>(() => RequestFile.Parse(["# first", line], Base, []));
        Assert.That(error!.Message, Does.StartWith("Line 2:").And.Contain(message));
    }

    [Test]
    public void A_file_without_requests_is_refused() =>
        Assert.Throws<UsageException>(() => RequestFile.Parse(["# nothing", ""], Base, []));

    [TestCase("https://10.0.0.5:5443")]
    [TestCase("http://example.org")]
    [TestCase("ftp://127.0.0.1:21")]
    public void Load_goes_to_loopback_addresses_only(string target) =>
        Assert.Throws<UsageException>(() => CommandLine.ParseBase(target));

    [Test]
    public void The_open_loop_reads_its_rate_cap_and_repeated_headers()
    {
        var settings = CommandLine.Parse(
        [
            "open", "--base", "https://localhost:5443", "--rate", "250", "--connections", "8", "--duration", "5", "--warmup", "1",
            "--requests", "r.txt", "--header", "Authorization: Bearer t", "--header", "Accept-Language: en", "--out", "o.json",
        ]);
        Assert.Multiple(() =>
        {
            Assert.That(settings.Mode, Is.EqualTo(LoadMode.Open));
            Assert.That(settings.Rate, Is.EqualTo(250));
            Assert.That(settings.MaxInFlight, Is.EqualTo(LoadSettings.DefaultMaxInFlight));
            Assert.That(settings.Duration, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(settings.Headers, Is.EqualTo(new KeyValuePair<string, string>[] { new("Authorization", "Bearer t"), new("Accept-Language", "en") }));
        });
    }

    [TestCase("closed", "--connections", "0")]
    [TestCase("closed", "--duration", "7200")]
    [TestCase("open", "--rate", "-1")]
    public void Every_run_is_bounded(string command, string option, string value)
    {
        var args = new List<string> { command, "--base", "http://127.0.0.1:5000", "--requests", "r.txt", option, value };
        if (command == "open" && option != "--rate")
        {
            args.AddRange(["--rate", "10"]);
        }

        Assert.Throws<UsageException>(() => CommandLine.Parse(args));
    }
}
