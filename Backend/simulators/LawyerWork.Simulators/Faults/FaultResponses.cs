using System.Globalization;

namespace LawyerWork.Simulators.Faults;

/// <summary>Applies a target's fault to a request before the simulated system handles it.</summary>
internal static class FaultResponses
{
    /// <summary>
    /// Counts the request against the target and returns the faulted answer, or null when the request
    /// should be handled normally (no fault, after a Slow delay, or after a Hold is released).
    /// </summary>
    public static async Task<IResult?> InterceptAsync(this FaultTarget target, HttpContext context, TimeProvider clock)
    {
        var (fault, released) = target.Enter();
        var aborted = context.RequestAborted;
        try
        {
            switch (fault.Mode)
            {
                case FaultMode.None:
                    return null;
                case FaultMode.Slow:
                    await Task.Delay(TimeSpan.FromMilliseconds(fault.DelayMilliseconds ?? Fault.DefaultDelayMilliseconds), clock, aborted);
                    return null;
                case FaultMode.Hold:
                    target.HoldStarted();
                    try
                    {
                        return await released.WaitAsync(aborted) ? null : AbortResult.Instance;
                    }
                    finally
                    {
                        target.HoldEnded();
                    }

                case FaultMode.ServerError:
                    return Results.Problem(statusCode: StatusCodes.Status500InternalServerError, title: "Simulated server error");
                case FaultMode.TooManyRequests:
                    context.Response.Headers.RetryAfter = (fault.RetryAfterSeconds ?? Fault.DefaultRetryAfterSeconds).ToString(CultureInfo.InvariantCulture);
                    return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Simulated rate limit");
                case FaultMode.Down:
                    return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Simulated outage");
                case FaultMode.Malformed:
                    // Claims JSON but is not: the client's parser, not its status handling, must notice.
                    return Results.Text("<html>oops", "application/json", statusCode: StatusCodes.Status200OK);
                case FaultMode.Huge:
                    return HugeBodyResult.Instance;
                case FaultMode.Reset:
                    return AbortResult.Instance;
                default:
                    throw new InvalidOperationException($"Unknown fault mode {fault.Mode}.");
            }
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            // The client gave up while slowed or held: nobody is left to answer.
            return AbortResult.Instance;
        }
    }

    private sealed class AbortResult : IResult
    {
        public static readonly AbortResult Instance = new();

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Abort();
            return Task.CompletedTask;
        }
    }
}
