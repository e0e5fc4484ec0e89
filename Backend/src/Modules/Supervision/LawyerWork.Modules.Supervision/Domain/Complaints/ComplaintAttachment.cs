using LawyerWork.BuildingBlocks.Ids;

namespace LawyerWork.Modules.Supervision.Domain.Complaints;

/// <summary>
/// Evidence attached to a complaint (a scanned letter, a photo), kept in the module's database so it
/// is backed up, access-checked and audited with the case. Size and type are limited at the endpoint.
/// </summary>
public sealed class ComplaintAttachment
{
    private ComplaintAttachment()
    {
    }

    public Guid Id { get; private set; }

    public Guid ComplaintId { get; private set; }

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    public byte[] Content { get; private set; } = [];

    public string UploadedBy { get; private set; } = "";

    public DateTimeOffset UploadedAt { get; private set; }

    public static ComplaintAttachment Of(Guid complaintId, string fileName, string contentType, byte[] content, StepActor actor, TimeProvider clock) => new()
    {
        Id = NewId.Create(clock),
        ComplaintId = complaintId,
        FileName = fileName,
        ContentType = contentType,
        Size = content.LongLength,
        Content = content,
        UploadedBy = actor.Name,
        UploadedAt = clock.GetUtcNow(),
    };
}
