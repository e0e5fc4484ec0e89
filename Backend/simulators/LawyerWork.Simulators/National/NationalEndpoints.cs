using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LawyerWork.Simulators.Faults;

namespace LawyerWork.Simulators.National;

/// <summary>The national system's documented contract (docs/integration/simulators.md).</summary>
internal static class NationalEndpoints
{
    public static void MapNationalEndpoints(this IEndpointRouteBuilder app)
    {
        var national = app.MapGroup("/national/api/v1");
        // Outermost first: a faulted target answers (or fails) before it looks at credentials, as a
        // broken gateway in front of the real system would.
        national.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var simulator = http.RequestServices.GetRequiredService<NationalSimulator>();
            var clock = http.RequestServices.GetRequiredService<TimeProvider>();
            return await simulator.Faults.InterceptAsync(http, clock) ?? await next(context);
        });
        national.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var simulator = http.RequestServices.GetRequiredService<NationalSimulator>();
            return HasToken(http.Request, simulator.Token) ? await next(context) : Unauthorized(http);
        });

        national.MapPost("/changes", ReceiveChangeAsync);
        national.MapGet("/daily-summary", (string? date, NationalSimulator simulator) =>
            ParseDate(date) is { } day ? Results.Ok(simulator.SummaryFor(day)) : InvalidDate());
        national.MapGet("/daily-summary/ids", (string? date, NationalSimulator simulator) =>
            ParseDate(date) is { } day ? Results.Ok(simulator.EventIdsFor(day)) : InvalidDate());
    }

    private static async Task<IResult> ReceiveChangeAsync(HttpContext context, NationalSimulator simulator)
    {
        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = ["is not valid JSON"] });
        }

        var (change, errors) = NationalChange.Read(body);
        return change is null ? Results.ValidationProblem(errors) : Results.Ok(simulator.Record(change));
    }

    // Compared in constant time: the simulator should not teach a timing leak by example.
    private static bool HasToken(HttpRequest request, string token)
    {
        const string scheme = "Bearer ";
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()), Encoding.UTF8.GetBytes(token));
    }

    private static IResult Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Missing or wrong bearer token");
    }

    private static DateOnly? ParseDate(string? date) =>
        DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static IResult InvalidDate() =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["is required as yyyy-MM-dd (a day in Beijing time)"] });
}
