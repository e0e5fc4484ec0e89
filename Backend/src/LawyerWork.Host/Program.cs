using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.Access;
using LawyerWork.Access.Accounts;
using LawyerWork.Access.SignIn;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Audit.Features;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Outbox.Features;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.BuildingBlocks.Validation;
using LawyerWork.Host.Access;
using LawyerWork.Host.Database;
using LawyerWork.Host.Http;
using LawyerWork.Host.OpenApi;
using LawyerWork.Modules.Integration;
using LawyerWork.Modules.Registry;
using LawyerWork.Modules.Supervision;
using Microsoft.AspNetCore.Localization;

// Content root beside the binaries, so appsettings.json is found whatever the working directory
// (build.ps1 and the browser tests start the host from the repository root).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

builder.Logging.Configure(o => o.ActivityTrackingOptions = ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);

// The framework's request lines carry the full URL with its query string, which may hold ID numbers
// and phones; RequestLogging writes the path-only line instead. Set in code so no setting brings them back.
builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

// Polly reports every outgoing attempt at Information; failed attempts (Warning) are the ones worth keeping.
builder.Logging.AddFilter("Polly", LogLevel.Warning);
if (!builder.Environment.IsDevelopment())
{
    builder.Logging.ClearProviders().AddJsonConsole(o => o.IncludeScopes = true);
}

builder.WebHost.ConfigureKestrel(kestrel =>
    kestrel.Limits.MaxRequestBodySize = builder.Configuration.GetValue(RequestBodyLimit.SettingName, RequestBodyLimit.DefaultLimit));

builder.Services.AddSingleton<TimeProvider>(new LawyerWork.BuildingBlocks.Time.MicrosecondClock(TimeProvider.System));
builder.Services.ConfigureHttpJsonOptions(json => Configure(json.SerializerOptions));
builder.Services.Configure<Microsoft.AspNetCore.Mvc.JsonOptions>(json => Configure(json.JsonSerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddProblemDetailsMapping();
builder.Services.AddLawyerWorkOpenApi();
builder.Services.AddSpaHosting();

// First, so that its migrator is the first hosted service to start: the others (data protection's
// key ring, the sealer) read tables the migrations create.
builder.Services.AddLawyerWorkDatabase(builder.Configuration);

// The header scheme stands in for people in the Testing environment only (ADR 0004); elsewhere it is not even registered.
var testing = builder.Environment.IsEnvironment("Testing");
var authentication = builder.Services.AddLawyerWorkAccess(
    builder.Configuration,
    builder.Environment,
    testing ? (TestHeaderAuthentication.SchemeName, context => context.Request.Headers.ContainsKey(TestHeaderAuthentication.RoleHeader)) : null);
if (testing)
{
    authentication.AddScheme<TestHeaderAuthenticationOptions, TestHeaderAuthentication>(TestHeaderAuthentication.SchemeName, o => o.AcceptHeaders = true);
}

builder.Services.AddPermissionAuthorization();
builder.Services.AddLawyerWorkRateLimits(builder.Configuration);

builder.Services.AddMediator(options =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Outermost first: the audit behaviour sees validation failures too.
    options.PipelineBehaviors = [typeof(AuditBehavior<,>), typeof(ValidationBehavior<,>)];
});
// Rule sets that take their sort whitelist as an argument are included by list validators, not resolved.
// A validator without constructor arguments holds nothing that changes and is built once (building one costs
// 3-7 times validating with it: docs/benchmarks/micro.md); those given services (the clock, read when built)
// are built per request.
System.Reflection.Assembly[] validatorAssemblies = [typeof(RegistryModule).Assembly, typeof(SupervisionModule).Assembly, typeof(IntegrationModule).Assembly, typeof(AccessModule).Assembly, typeof(AuditTrail).Assembly];
static bool Resolved(AssemblyScanner.AssemblyScanResult found) =>
    !found.ValidatorType.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(IReadOnlyCollection<string>)));
static bool Stateless(AssemblyScanner.AssemblyScanResult found) => found.ValidatorType.GetConstructors().All(c => c.GetParameters().Length == 0);
builder.Services.AddValidatorsFromAssemblies(validatorAssemblies, ServiceLifetime.Singleton, found => Resolved(found) && Stateless(found), includeInternalTypes: true);
builder.Services.AddValidatorsFromAssemblies(validatorAssemblies, ServiceLifetime.Scoped, found => Resolved(found) && !Stateless(found), includeInternalTypes: true);

// build.ps1 openapi: docs/integration/events.md from the event types; needs no database.
if (Array.IndexOf(args, "--event-catalogue") is var catalogueAt and >= 0)
{
    await File.WriteAllTextAsync(args[catalogueAt + 1], LawyerWork.Modules.Integration.Dispatch.EventCatalogue.Markdown());
    return;
}

var toolRun = args.Contains("--migrate-only") || args.Contains("--seed-demo") || args.Contains("--create-admin") || args.Contains("--audit-verify");
builder.Services.AddAuditTrail(builder.Configuration, runSealer: !toolRun);
builder.Services.AddSingleton<LawyerWork.BuildingBlocks.Idempotency.IdempotencyCleanup>();
builder.Services.AddOutboxDispatch(builder.Configuration, runDispatcher: !toolRun);
if (!toolRun)
{
    builder.Services.AddHostedService<AccessSetup.KeysCheck>();
    builder.Services.AddHostedService(provider => provider.GetRequiredService<LawyerWork.BuildingBlocks.Idempotency.IdempotencyCleanup>());
}
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, AuditedAuthorizationResults>();
builder.Services.AddRegistryModule(builder.Configuration, runJobs: !toolRun);
builder.Services.AddSupervisionModule(runJobs: !toolRun);
builder.Services.AddIntegrationModule(builder.Configuration, runJobs: !toolRun);

var app = builder.Build();

if (args.Contains("--migrate-only"))
{
    await DatabaseMigrator.MigrateAsync(app.Services.GetRequiredService<IServiceScopeFactory>(), app.Logger, CancellationToken.None);
    return;
}

// build.ps1 seed-demo: demo data only by explicit command, and never into a Production database.
if (Array.IndexOf(args, "--seed-demo") is var seedAt and >= 0)
{
    if (app.Environment.IsProduction())
    {
        throw new InvalidOperationException("Demo data is never seeded in Production.");
    }

    var lawyers = int.Parse(args[seedAt + 1], System.Globalization.CultureInfo.InvariantCulture);
    var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
    await DatabaseMigrator.MigrateAsync(scopes, app.Logger, CancellationToken.None);
    await DatabaseMigrator.SeedDemoDataAsync(scopes, lawyers, app.Logger, app.Services.GetRequiredService<TimeProvider>(), CancellationToken.None);
    return;
}

// build.ps1 audit-verify: seal what is pending, verify the chain against the latest checkpoint, exit 1 when broken.
if (args.Contains("--audit-verify"))
{
    var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
    await DatabaseMigrator.MigrateAsync(scopes, app.Logger, CancellationToken.None);
    await app.Services.GetRequiredService<AuditSealer>().SealPendingAsync(CancellationToken.None);
    await using var scope = scopes.CreateAsyncScope();
    var verification = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(CancellationToken.None);
    Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(verification, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    Environment.ExitCode = verification.Intact ? 0 : 1;
    return;
}

// build.ps1 create-admin: the first administrator, with a password from LAWYERWORK_ADMIN_PASSWORD or a random one shown once.
if (Array.IndexOf(args, "--create-admin") is var adminAt and >= 0)
{
    var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
    await DatabaseMigrator.MigrateAsync(scopes, app.Logger, CancellationToken.None);
    await using var scope = scopes.CreateAsyncScope();
    var admin = await scope.ServiceProvider.CreateAdministratorAsync(
        args[adminAt + 1], Environment.GetEnvironmentVariable("LAWYERWORK_ADMIN_PASSWORD"), app.Services.GetRequiredService<TimeProvider>());
    if (admin is null)
    {
        Console.Error.WriteLine($"An account named {args[adminAt + 1]} exists already; nothing was changed.");
        Environment.ExitCode = 1;
        return;
    }

    DatabaseMigrator.PrintOnce([admin]);
    return;
}

app.UseLawyerWorkRateLimitsPrelude();
app.UseMiddleware<RequestLogging>();
app.UseRequestLocalization(new RequestLocalizationOptions
{
    DefaultRequestCulture = new RequestCulture("zh-CN"),
    SupportedCultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
    SupportedUICultures = [new CultureInfo("zh-CN"), new CultureInfo("en")],
    ApplyCurrentCultureToResponseHeaders = true,
});
app.UseProblemDetailsMapping();
app.UseSpa();
app.UseRouting();
app.UseMiddleware<RequestBodyLimit>();

// Before authentication, so that failed sign-ins and token requests with wrong secrets count too.
app.UseRateLimiter();
app.UseAuthentication();
app.UseAntiforgeryForSessions();
app.UseAuthorization();
app.UseLawyerWorkOpenApi();

app.MapHealthEndpoints();
app.MapAccessEndpoints();
app.MapAuditEndpoints();
app.MapOutboxEndpoints();
app.MapRegistryEndpoints();
app.MapSupervisionEndpoints();
app.MapIntegrationEndpoints();

await app.RunAsync();

static void Configure(JsonSerializerOptions json)
{
    json.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
    // Enum values keep their PascalCase names, so a value reads the same in a JSON body and in a
    // query string (minimal APIs bind query enums by exact name).
    json.Converters.Add(new JsonStringEnumConverter());
    json.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
}

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
