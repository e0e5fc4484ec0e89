using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Complaints;

/// <summary>Evidence for a complaint: PDF, JPEG or PNG, at most <see cref="MaxBytes"/> (the endpoint answers 413 and 415).</summary>
public sealed record AttachToComplaintCommand(Guid ComplaintId, string FileName, string ContentType, byte[] Content) : ICommand<AttachmentView>
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static readonly IReadOnlySet<string> AllowedTypes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "application/pdf", "image/jpeg", "image/png" };
}

public sealed record ComplaintAttachmentQuery(Guid ComplaintId, Guid AttachmentId) : IQuery<ComplaintAttachment>;

public sealed class AttachToComplaintHandler(SupervisionDbContext db, ICurrentUser user, AuditActor actor, TimeProvider clock)
    : ICommandHandler<AttachToComplaintCommand, AttachmentView>
{
    public async ValueTask<AttachmentView> Handle(AttachToComplaintCommand command, CancellationToken cancellationToken)
    {
        var complaint = await db.VisibleComplaintAsync(command.ComplaintId, user.Scope, cancellationToken);
        var name = Path.GetFileName(command.FileName).Trim();
        if (name.Length is 0 or > 200)
        {
            throw InvalidField.Exception("file", Bilingual.Text("文件名须为 1–200 个字符。", "The file name must be 1–200 characters."));
        }

        var attachment = ComplaintAttachment.Of(complaint.Id, name, command.ContentType, command.Content, Actors.Of(actor), clock);
        complaint.RecordAttachment(name, Actors.Of(actor), clock);
        db.ComplaintAttachments.Add(attachment);
        await db.SaveChangesAsync(cancellationToken);
        return new AttachmentView(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size, attachment.UploadedBy, attachment.UploadedAt);
    }
}

public sealed class ComplaintAttachmentHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<ComplaintAttachmentQuery, ComplaintAttachment>
{
    public async ValueTask<ComplaintAttachment> Handle(ComplaintAttachmentQuery query, CancellationToken cancellationToken)
    {
        await db.VisibleComplaintAsync(query.ComplaintId, user.Scope, cancellationToken);
        return await db.ComplaintAttachments.AsNoTracking().FirstOrDefaultAsync(a => a.Id == query.AttachmentId && a.ComplaintId == query.ComplaintId, cancellationToken)
            ?? throw new NotFoundException("未找到该材料。", "No such attachment.");
    }
}
