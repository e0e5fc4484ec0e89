using System.Diagnostics;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Http;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Who is acting in this request and as part of which use case: filled by the mediator's audit
/// behaviour (the operation) and read by every audit record the request writes.
/// </summary>
public sealed class AuditActor(ICurrentUser user, IHttpContextAccessor http)
{
    /// <summary>The running use case; null outside commands (reads, sign-in).</summary>
    public string? Operation { get; set; }

    /// <summary>Set by background work (a job, an integration-event consumer): it acts as <c>system:{job}</c>.</summary>
    public string? SystemJob { get; set; }

    public string Id => SystemJob is not null ? "system:" + SystemJob : user.UserId ?? "anonymous";

    public string Name => SystemJob is not null ? "system:" + SystemJob
        : http.HttpContext?.User.FindFirst(LawyerWorkClaims.Name)?.Value ?? user.UserId ?? "anonymous";

    public AuditRecord NewRecord(string operation, AuditOutcome outcome, DateTimeOffset now)
    {
        var context = http.HttpContext;
        return new AuditRecord
        {
            Id = Guid.CreateVersion7(now),
            RecordedAt = now,
            ActorId = Id,
            ActorName = Name,
            Role = SystemJob is null ? user.Role : null,
            DataScope = SystemJob is null && user.IsAuthenticated ? user.Scope.ToString() : null,
            Operation = operation,
            Outcome = outcome,
            TraceId = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier,
            ClientIp = context?.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
