using LawyerWork.Simulators.National;
using LawyerWork.Simulators.Webhooks;

namespace LawyerWork.Simulators.Control;

/// <summary>
/// The control API tests and developers drive the simulators with. It has no authentication, so it
/// answers loopback callers only.
/// </summary>
internal static class ControlEndpoints
{
    public static void MapControlEndpoints(this IEndpointRouteBuilder app)
    {
        var control = app.MapGroup("/_control");
        control.AddEndpointFilter(async (context, next) =>
        {
            var remote = context.HttpContext.Connection.RemoteIpAddress;
            return remote is null || System.Net.IPAddress.IsLoopback(remote)
                ? await next(context)
                : Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "The control API answers loopback callers only");
        });

        control.MapPut("/national/fault", (FaultRequest request, NationalSimulator national) =>
        {
            var (fault, errors) = request.ToFault();
            if (fault is null)
            {
                return Results.ValidationProblem(errors);
            }

            national.SetFault(fault);
            return Results.NoContent();
        });
        control.MapGet("/national/received", (NationalSimulator national) =>
            Results.Ok(new ReceivedReport<NationalChangeReceived>(national.Requests, national.Received)));

        control.MapPut("/webhooks/{name}", (string name, ReceiverRequest request, WebhookReceivers receivers) =>
        {
            var errors = request.Validate();
            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors);
            }

            receivers.Configure(name, request.Secret!, request.ToleranceSeconds ?? WebhookReceivers.DefaultToleranceSeconds);
            return Results.NoContent();
        });
        control.MapPut("/webhooks/{name}/fault", (string name, FaultRequest request, WebhookReceivers receivers) =>
        {
            if (receivers.Find(name) is not { } receiver)
            {
                return UnknownReceiver(name);
            }

            var (fault, errors) = request.ToFault();
            if (fault is null)
            {
                return Results.ValidationProblem(errors);
            }

            receiver.SetFault(fault);
            return Results.NoContent();
        });
        control.MapGet("/webhooks/{name}/received", (string name, WebhookReceivers receivers) =>
            receivers.Find(name) is { } receiver
                ? Results.Ok(new ReceivedReport<WebhookDeliveryReceived>(receiver.Requests, receiver.Received))
                : UnknownReceiver(name));

        control.MapPost("/reset", (SimulatorControl simulators) =>
        {
            simulators.Reset();
            return Results.NoContent();
        });
    }

    private static IResult UnknownReceiver(string name) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"No webhook receiver '{name}'; PUT /_control/webhooks/{name} creates it");
}
