using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>
/// The one Polly v8 pipeline of every outgoing call (webhooks and the national system), through
/// Microsoft.Extensions.Http.Resilience: total timeout → circuit breaker → retry (jittered exponential
/// back-off, honouring a short Retry-After) → attempt timeout. One pipeline instance, and so one
/// breaker, per target (a webhook subscription, or the national system). The breaker sits outside the
/// retries: it judges whole attempts of the delivery queue, so an open breaker costs the queue no
/// attempt (the target waits) and a failed probe after the break is one counted attempt.
/// </summary>
public static class OutgoingPipelines
{
    public static readonly HttpRequestOptionsKey<string> Target = new("lawyerwork.delivery-target");

    public static IHttpClientBuilder AddOutgoingResilience(this IHttpClientBuilder client, string name)
    {
        client.AddResilienceHandler(name, (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<ResilienceOptions>();

                // Waits inside one attempt are real seconds; the queue's schedule follows the product's clock.
                pipeline.TimeProvider = TimeProvider.System;
                pipeline
                    .AddTimeout(TimeSpan.FromSeconds(o.TotalTimeoutSeconds))
                    .AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = o.BreakerFailureRatio,
                        MinimumThroughput = Math.Max(2, o.BreakerMinimumThroughput),
                        SamplingDuration = TimeSpan.FromSeconds(Math.Max(1, o.BreakerSamplingSeconds)),
                        BreakDuration = TimeSpan.FromSeconds(Math.Max(1, o.BreakerBreakSeconds)),
                    })
                    .AddRetry(new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(1, o.RetryAttempts),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = TimeSpan.FromMilliseconds(o.RetryBaseDelayMilliseconds),
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(
                            o.RetryAttempts > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                            && !(args.Outcome.Result is { } r && RetryAfter(r) is { } after && after.TotalSeconds > o.MaxInlineRetryAfterSeconds)),
                    })
                    .AddTimeout(TimeSpan.FromSeconds(o.AttemptTimeoutSeconds));
            })
            .SelectPipelineBy(_ => request => request.Options.TryGetValue(Target, out var target) ? target : "default");
        return client;
    }

    /// <summary>The answer's Retry-After as a delay (seconds or an HTTP date).</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        return header?.Date is { } date ? date - DateTimeOffset.UtcNow : null;
    }

    /// <summary>4xx answers other than 408 and 429 say the request itself is wrong: sending it again cannot help.</summary>
    public static bool IsPermanent(HttpStatusCode status) =>
        (int)status is >= 400 and < 500 && status is not HttpStatusCode.RequestTimeout and not HttpStatusCode.TooManyRequests;
}
