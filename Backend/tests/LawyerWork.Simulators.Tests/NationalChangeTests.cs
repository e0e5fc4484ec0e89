using System.Net;

namespace LawyerWork.Simulators.Tests;

public sealed class NationalChangeTests
{
    private SimulatorHost host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => host = await SimulatorHost.StartAsync();

    [OneTimeTearDown]
    public async Task StopAsync() => await host.DisposeAsync();

    [SetUp]
    public void Reset() => host.Reset();

    [Test]
    public async Task Accepting_a_change_returns_a_receipt_and_records_it()
    {
        var eventId = Guid.NewGuid();
        var change = SimulatorHost.Change(eventId);

        using var response = await host.PostChangeAsync(change);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        var receipt = await SimulatorHost.ReadJsonAsync(response);
        Assert.Multiple(() =>
        {
            Assert.That(receipt.GetProperty("receiptId").GetString(), Does.StartWith("NS-"));
            Assert.That(receipt.GetProperty("eventId").GetGuid(), Is.EqualTo(eventId));
            Assert.That(receipt.GetProperty("duplicate").GetBoolean(), Is.False);
        });
        var recorded = host.National.Received.Single();
        Assert.Multiple(() =>
        {
            Assert.That(recorded.EventId, Is.EqualTo(eventId));
            Assert.That(recorded.Kind, Is.EqualTo("Lawyer"));
            Assert.That(recorded.SubjectId, Is.EqualTo(Guid.Parse((string)change["subjectId"]!)));
            Assert.That(recorded.Change, Is.EqualTo("Registered"));
            Assert.That(recorded.OccurredAt, Is.EqualTo(new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(8))));
            Assert.That(recorded.Data.GetProperty("name").GetString(), Is.EqualTo("张三"));
            Assert.That(recorded.Deliveries, Is.EqualTo(1));
            Assert.That(host.National.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task A_repeated_event_id_answers_the_first_receipt_as_a_duplicate_and_is_recorded_once()
    {
        var eventId = Guid.NewGuid();
        using var first = await host.PostChangeAsync(SimulatorHost.Change(eventId));
        using var second = await host.PostChangeAsync(SimulatorHost.Change(eventId));

        var firstReceipt = await SimulatorHost.ReadJsonAsync(first);
        var secondReceipt = await SimulatorHost.ReadJsonAsync(second);
        Assert.Multiple(() =>
        {
            Assert.That(second.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(secondReceipt.GetProperty("receiptId").GetString(), Is.EqualTo(firstReceipt.GetProperty("receiptId").GetString()));
            Assert.That(secondReceipt.GetProperty("duplicate").GetBoolean(), Is.True);
            Assert.That(host.National.Received.Single().Deliveries, Is.EqualTo(2));
        });
    }

    [Test]
    public async Task The_control_API_lists_what_was_received_with_the_request_count()
    {
        var eventId = Guid.NewGuid();
        (await host.PostChangeAsync(SimulatorHost.Change(eventId))).Dispose();
        (await host.PostChangeAsync(SimulatorHost.Change(eventId))).Dispose();
        (await host.PostChangeAsync(SimulatorHost.Change(), authorization: null)).Dispose();

        using var response = await host.Client.GetAsync("/_control/national/received");

        var report = await SimulatorHost.ReadJsonAsync(response);
        var received = report.GetProperty("received").EnumerateArray().Single();
        Assert.Multiple(() =>
        {
            Assert.That(report.GetProperty("requests").GetInt64(), Is.EqualTo(3));
            Assert.That(received.GetProperty("eventId").GetGuid(), Is.EqualTo(eventId));
            Assert.That(received.GetProperty("kind").GetString(), Is.EqualTo("Lawyer"));
            Assert.That(received.GetProperty("deliveries").GetInt32(), Is.EqualTo(2));
            Assert.That(received.GetProperty("receiptId").GetString(), Does.StartWith("NS-"));
            Assert.That(received.TryGetProperty("receivedAt", out _), Is.True);
        });
    }

    [TestCase(null)]
    [TestCase("Bearer wrong-token")]
    [TestCase("Basic c2ltdWxhdG9yLXRva2Vu")]
    [TestCase("simulator-token")]
    public async Task A_missing_or_wrong_token_is_refused_with_401_and_nothing_is_recorded(string? authorization)
    {
        using var response = await host.PostChangeAsync(SimulatorHost.Change(), authorization);

        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(host.National.Received, Is.Empty);
            Assert.That(host.National.Requests, Is.EqualTo(1));
        });
    }

    [Test]
    public async Task The_token_comes_from_configuration()
    {
        await using var configured = await SimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:National:Token"] = "another" });

        using var refused = await configured.PostChangeAsync(SimulatorHost.Change());
        using var accepted = await configured.PostChangeAsync(SimulatorHost.Change(), "Bearer another");

        Assert.That((refused.StatusCode, accepted.StatusCode), Is.EqualTo((HttpStatusCode.Unauthorized, HttpStatusCode.OK)));
    }

    [Test]
    public async Task A_change_with_missing_or_invalid_fields_is_refused_with_400_naming_each()
    {
        var change = SimulatorHost.Change();
        change.Remove("eventId");
        change["kind"] = "Court";
        change["subjectId"] = "not-a-guid";
        change["occurredAt"] = "2025-03-01T09:30:00";
        change["data"] = "not an object";

        using var response = await host.PostChangeAsync(change);

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "eventId", "kind", "subjectId", "occurredAt", "data" }));
        Assert.That(host.National.Received, Is.Empty);
    }

    [Test]
    public async Task A_change_of_another_schema_version_or_without_a_change_name_is_refused_with_400()
    {
        var change = SimulatorHost.Change();
        change["schemaVersion"] = 2;
        change.Remove("change");

        using var response = await host.PostChangeAsync(change);

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "schemaVersion", "change" }));
    }

    [Test]
    public async Task A_body_that_is_not_json_is_refused_with_400()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/national/api/v1/changes")
        {
            Content = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + SimulatorHost.Token);

        using var response = await host.Client.SendAsync(request);

        Assert.That(await SimulatorHost.ErrorFieldsAsync(response), Is.EquivalentTo(new[] { "body" }));
    }

    [Test]
    public async Task A_thousand_concurrent_changes_are_all_recorded()
    {
        var ids = Enumerable.Range(0, 1000).Select(_ => Guid.NewGuid()).ToList();

        await Parallel.ForEachAsync(ids, new ParallelOptions { MaxDegreeOfParallelism = 50 }, async (id, _) =>
        {
            using var response = await host.PostChangeAsync(SimulatorHost.Change(id));
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        });

        Assert.Multiple(() =>
        {
            Assert.That(host.National.Received.Select(r => r.EventId), Is.EquivalentTo(ids));
            Assert.That(host.National.Requests, Is.EqualTo(1000));
        });
    }
}
