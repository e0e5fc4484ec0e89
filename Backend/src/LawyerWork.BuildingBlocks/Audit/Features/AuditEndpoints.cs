using System.Globalization;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.BuildingBlocks.Audit.Features;

public static class AuditEndpoints
{
    public const string Tag = "Audit";

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var audit = endpoints.MapGroup("/api/audit").WithTags(Tag);

        audit.MapGet("/records", async ([AsParameters] AuditRecordsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(AuditPermissions.Read)
            .WithName("ListAuditRecords")
            .WithSummary("Audit records, newest first; filters actor (id or name), operation, targetType, targetId, regionCode (prefix), outcome, from/to (instants). Page or cursor.");

        audit.MapGet("/records/export", async ([AsParameters] AuditExportQuery query, ISender sender, AuditTrail trail, HttpRequest request, HttpResponse response, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var rows = await sender.Send(query, cancellationToken);
                await trail.RecordAsync("ExportAuditRecords", AuditOutcome.Succeeded, details: request.QueryString.Value, cancellationToken: cancellationToken);
                await CsvExport.WriteAsync(response, $"{Bilingual.Text("审计记录", "audit-records")}-{clock.GetUtcNow():yyyyMMdd}.csv", Columns(), rows, cancellationToken);
            })
            .RequirePermission(AuditPermissions.Read)
            .WithName("ExportAuditRecords")
            .WithSummary("Streams the filtered audit records as CSV, oldest first (the export itself is recorded).")
            .Produces(StatusCodes.Status200OK, typeof(string), "text/csv");

        audit.MapGet("/verification", async (AuditVerifier verifier, CancellationToken cancellationToken) =>
                TypedResults.Ok(await verifier.VerifyAsync(cancellationToken)))
            .RequirePermission(AuditPermissions.Verify)
            .WithName("VerifyAuditTrail")
            .WithSummary("Recomputes the seal chain from the first record, compares it with the latest signed checkpoint, and names the first record altered, removed or inserted; counts unsealed records.");

        audit.MapGet("/checkpoint-key", (AuditCheckpoints checkpoints) =>
                checkpoints.CanSign ? Results.Text(checkpoints.PublicKeyPem(), "application/x-pem-file") : Results.NotFound())
            .RequirePermission(AuditPermissions.Verify)
            .WithName("GetCheckpointPublicKey")
            .WithSummary("The public key (PEM) that verifies checkpoint signatures offline (docs/audit.md).")
            .Produces(StatusCodes.Status200OK, typeof(string), "application/x-pem-file")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }

    private static IReadOnlyList<CsvColumn<AuditEntry>> Columns() =>
    [
        new(Bilingual.Text("序号", "Sequence"), e => e.Sequence?.ToString(CultureInfo.InvariantCulture)),
        new(Bilingual.Text("时间（UTC）", "Time (UTC)"), e => e.RecordedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture)),
        new(Bilingual.Text("操作人", "Actor"), e => e.ActorName),
        new(Bilingual.Text("操作人编号", "Actor id"), e => e.ActorId),
        new(Bilingual.Text("角色", "Role"), e => e.Role),
        new(Bilingual.Text("数据范围", "Data scope"), e => e.DataScope),
        new(Bilingual.Text("操作", "Operation"), e => e.Operation),
        new(Bilingual.Text("结果", "Outcome"), e => e.Outcome.ToString()),
        new(Bilingual.Text("原因", "Reason"), e => e.Reason),
        new(Bilingual.Text("对象类型", "Target type"), e => e.TargetType),
        new(Bilingual.Text("对象编号", "Target id"), e => e.TargetId),
        new(Bilingual.Text("区划", "Region"), e => e.RegionCode),
        new(Bilingual.Text("内容", "Details"), e => e.Details),
        new(Bilingual.Text("追踪编号", "Trace id"), e => e.TraceId),
        new(Bilingual.Text("客户端地址", "Client IP"), e => e.ClientIp),
        new(Bilingual.Text("已封存", "Sealed"), e => e.Sealed ? "1" : "0"),
    ];
}
