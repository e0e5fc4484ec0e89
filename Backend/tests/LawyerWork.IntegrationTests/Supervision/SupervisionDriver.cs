using System.Net;
using System.Text.Json;
using LawyerWork.Access;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.IntegrationTests.Infrastructure;
using LawyerWork.IntegrationTests.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static LawyerWork.IntegrationTests.Registry.RegistrySamples;

namespace LawyerWork.IntegrationTests.Supervision;

/// <summary>
/// A host whose clock the test turns (the clock is the edge of the system), the register's lawyer a
/// complaint is about, and the callers of the workflow: the public, the association of 长春 and its
/// justice bureau.
/// </summary>
public sealed class SupervisionDriver : IDisposable
{
    public const string Association = Roles.AssociationStaff;
    public const string Bureau = Roles.CityOfficer;

    private SupervisionDriver(FakeTimeProvider clock)
    {
        Clock = clock;
        Factory = new LawyerWorkFactory(services: services => services.AddSingleton<TimeProvider>(clock));
        Client = Factory.CreateClient();
    }

    /// <summary>Wednesday 30 September 2026, 10:00 in 长春: the eve of the National Day holiday (1–7 October, 10 October a make-up working day).</summary>
    public static DateTimeOffset Eve => new(2026, 9, 30, 2, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; }

    public LawyerWorkFactory Factory { get; }

    public HttpClient Client { get; }

    public static SupervisionDriver Start(DateTimeOffset? at = null) => new(new FakeTimeProvider(at ?? Eve));

    public async Task<(Guid FirmId, string Uscc, Guid LawyerId, string Certificate)> LawyerAsync()
    {
        var samples = new RegistrySamples(Client);
        var firm = await samples.CreateFirmAsync();
        var firmId = Guid.Parse(firm.GetProperty("id").GetString()!);
        var lawyer = await samples.CreateLawyerAsync(firmId);
        return (firmId, firm.GetProperty("uscc").GetString()!, Guid.Parse(lawyer.GetProperty("id").GetString()!), lawyer.GetProperty("certificateNumber").GetString()!);
    }

    public async Task<(string Receipt, string Code)> FilePubliclyAsync(object body)
    {
        var receipt = await (await Client.PostAsync("/api/public/complaints", System.Net.Http.Json.JsonContent.Create(body))).AssertCreatedJsonAsync();
        return (receipt.GetProperty("receiptNumber").GetString()!, receipt.GetProperty("lookupCode").GetString()!);
    }

    public static object PublicComplaint(string certificate) => new
    {
        complainantName = "李四",
        complainantPhone = "13912345678",
        lawyerCertificateNumber = certificate,
        summary = "收费后不提供法律服务",
        details = "2026年8月委托代理合同纠纷，支付代理费后律师未出庭。",
    };

    public async Task<JsonElement> ComplaintAsync(Guid id, string role = Association, string scope = Changchun) =>
        await (await Client.SendAsync(Get($"/api/supervision/complaints/{id}", scope, role))).AssertOkJsonAsync();

    public async Task<Guid> ComplaintOfLawyerAsync(Guid lawyerId)
    {
        var page = await (await Client.SendAsync(Get($"/api/supervision/complaints?lawyerId={lawyerId}", Changchun, Association))).AssertOkJsonAsync();
        return page.GetProperty("items").EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    /// <summary>A step with the version just read, as a client that reads before it writes.</summary>
    public async Task<HttpResponseMessage> StepAsync(Guid id, string step, object body, string role = Association, string scope = Changchun)
    {
        var version = (await ComplaintAsync(id)).GetProperty("version").GetInt64();
        return await Client.SendAsync(Step($"/api/supervision/complaints/{id}/{step}", body, ETag(version), scope, role));
    }

    public async Task<JsonElement> StepOkAsync(Guid id, string step, object body, string role = Association, string scope = Changchun) =>
        await (await StepAsync(id, step, body, role, scope)).AssertOkJsonAsync();

    public string Today => Shanghai(Clock.GetUtcNow()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateOnly Shanghai(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>Dispatch passes until Registry has taken every event (the host's own loop may get there first).</summary>
    public async Task DeliverEventsAsync()
    {
        var dispatcher = Factory.Services.GetRequiredService<OutboxDispatcher>();
        for (var i = 0; i < 5; i++)
        {
            await dispatcher.DispatchPendingAsync(CancellationToken.None);
        }
    }

    public async Task<JsonElement> RegistryLawyerAsync(Guid id) =>
        await (await Client.SendAsync(Get($"/api/registry/lawyers/{id}"))).AssertOkJsonAsync();

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }

    public static void NoContent(HttpResponseMessage response) => Assert.That(response.StatusCode, Is.Not.EqualTo(HttpStatusCode.InternalServerError));
}
