using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LawyerWork.BuildingBlocks.Idempotency;

/// <summary>
/// <c>Idempotency-Key</c> on creating POSTs (API.md): scoped to the caller and the route, kept 24
/// hours. A retry with the same key and body gets the first response (with
/// <c>Idempotent-Replayed: true</c>); the same key with another body is a 422; a retry while the first
/// request still runs is a 409. The key is claimed in the module's own database before the command
/// runs, so two hosts cannot both create.
/// </summary>
public static class Idempotent
{
    public const string HeaderName = "Idempotency-Key";
    public const string ReplayedHeaderName = "Idempotent-Replayed";
    public const int MaxKeyLength = 100;
    public static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public static RouteHandlerBuilder WithIdempotencyKey<TContext, TBody>(this RouteHandlerBuilder builder)
        where TContext : ModuleDbContext =>
        builder.WithMetadata(new IdempotencyKeyAccepted()).AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var key = http.Request.Headers[HeaderName].ToString();
            if (key.Length == 0)
            {
                return await next(context);
            }

            if (key.Length > MaxKeyLength || key.Any(char.IsControl))
            {
                throw InvalidField.Exception(HeaderName, Bilingual.Text(
                    $"Idempotency-Key 最长 {MaxKeyLength} 个字符，且不能含控制字符。",
                    $"Idempotency-Key is at most {MaxKeyLength} characters without control characters."));
            }

            var services = http.RequestServices;
            var json = services.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            var body = context.Arguments.OfType<TBody>().Single();
            var hash = Convert.ToHexString(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, json)));
            var caller = services.GetRequiredService<ICurrentUser>().UserId ?? "anonymous";
            var route = $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText}";
            var clock = services.GetRequiredService<TimeProvider>();

            // A context of its own: the command's context must never save this record's changes, nor this its.
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TContext>();
            var now = clock.GetUtcNow();
            var existing = await db.IdempotencyRecords.SingleOrDefaultAsync(
                r => r.CallerId == caller && r.Route == route && r.Key == key, http.RequestAborted);
            if (existing is not null && existing.ExpiresAt <= now)
            {
                db.IdempotencyRecords.Remove(existing);
                await db.SaveChangesAsync(http.RequestAborted);
                existing = null;
            }

            if (existing is not null)
            {
                return Replay(existing, hash);
            }

            var record = new IdempotencyRecord
            {
                CallerId = caller,
                Route = route,
                Key = key,
                RequestHash = hash,
                CreatedAt = now,
                ExpiresAt = now + Retention,
            };
            db.IdempotencyRecords.Add(record);
            try
            {
                await db.SaveChangesAsync(http.RequestAborted);
            }
            catch (DbUpdateException)
            {
                throw InUse();
            }

            object? result;
            try
            {
                result = await next(context);
            }
            catch
            {
                // Nothing was created: release the key so a corrected retry can use it.
                db.IdempotencyRecords.Remove(record);
                await db.SaveChangesAsync(CancellationToken.None);
                throw;
            }

            if (result is IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
            {
                record.StatusCode = success.StatusCode;
                record.ResponseBody = result is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), json) : null;
                record.Location = (result as IResult)?.GetType().GetProperty("Location")?.GetValue(result) as string;
            }
            else
            {
                db.IdempotencyRecords.Remove(record);
            }

            await db.SaveChangesAsync(CancellationToken.None);
            return result;
        });

    private static IResult Replay(IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            throw new IdempotencyKeyReusedException();
        }

        if (record.StatusCode is null)
        {
            throw InUse();
        }

        return new ReplayResult(record);
    }

    private static ConflictException InUse() => new(
        "idempotency-key-in-use",
        "使用同一 Idempotency-Key 的请求仍在处理中，请稍后重试。",
        "A request with this Idempotency-Key is still being processed; retry shortly.");

    private sealed class ReplayResult(IdempotencyRecord record) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            response.StatusCode = record.StatusCode!.Value;
            response.Headers[ReplayedHeaderName] = "true";
            if (record.Location is not null)
            {
                response.Headers.Location = record.Location;
            }

            if (record.ResponseBody is not null)
            {
                response.ContentType = "application/json; charset=utf-8";
                await response.WriteAsync(record.ResponseBody, Encoding.UTF8);
            }
        }
    }
}

/// <summary>Endpoint metadata: the operation accepts <c>Idempotency-Key</c> (documented in OpenAPI).</summary>
public sealed record IdempotencyKeyAccepted;

/// <summary>422: an Idempotency-Key reused with a different request body.</summary>
public sealed class IdempotencyKeyReusedException()
    : DomainException(422, "idempotency-key-reused", Bilingual.Text(
        "该 Idempotency-Key 已用于内容不同的请求；新请求请使用新的键。",
        "This Idempotency-Key was used with a different request body; use a new key for a new request."));
