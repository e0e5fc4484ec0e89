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

    public AuditRecord NewRecord(string operation, AuditOutcome outcome, DateTimeOffset now)
    {
        var context = http.HttpContext;
        return new AuditRecord
        {
            Id = Guid.CreateVersion7(now),
            RecordedAt = now,
            ActorId = user.UserId ?? "anonymous",
            ActorName = context?.User.FindFirst(LawyerWorkClaims.Name)?.Value ?? user.UserId ?? "anonymous",
            Role = user.Role,
            DataScope = user.IsAuthenticated ? user.Scope.ToString() : null,
            Operation = operation,
            Outcome = outcome,
            TraceId = Activity.Current?.TraceId.ToString() ?? context?.TraceIdentifier,
            ClientIp = context?.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
