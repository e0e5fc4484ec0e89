using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Complaints;

/// <summary>
/// A complaint filed by the public on the website, naming the lawyer by practice certificate number
/// and/or the firm by unified social credit code (both shown on the public look-up).
/// </summary>
public sealed record PublicComplaintCommand(
    string? ComplainantName, string? ComplainantPhone, string? LawyerCertificateNumber, string? FirmUscc, string? Summary, string? Details)
    : ICommand<PublicComplaintReceipt>;

public sealed record PublicComplaintReceipt(string ReceiptNumber, string LookupCode);

/// <summary>The complainant follows their complaint with the receipt number and lookup code.</summary>
public sealed record FollowComplaintQuery(string ReceiptNumber, string? LookupCode) : IQuery<ComplaintProgress>;

/// <summary>What the complainant sees: where the case is and what happened when; no names of staff, no notes.</summary>
public sealed record ComplaintProgress(
    string ReceiptNumber, string SubjectName, ComplaintState State, DateTimeOffset FiledAt, ComplaintOutcome? Outcome, IReadOnlyList<ProgressStep> Steps);

public sealed record ProgressStep(string Kind, DateTimeOffset At);

public sealed class PublicComplaintValidator : AbstractValidator<PublicComplaintCommand>
{
    public PublicComplaintValidator()
    {
        ComplaintRules.Complainant(this, c => c.ComplainantName, c => c.ComplainantPhone, c => c.Summary, c => c.Details);
        RuleFor(c => c.LawyerCertificateNumber).NotEmpty().When(c => string.IsNullOrWhiteSpace(c.FirmUscc))
            .WithMessage(_ => Bilingual.Text("请填写被投诉律师的执业证号或律师事务所的统一社会信用代码。", "Give the lawyer's certificate number or the firm's unified social credit code."));
        RuleFor(c => c.LawyerCertificateNumber).MaximumLength(17);
        RuleFor(c => c.FirmUscc).MaximumLength(18);
    }
}

public sealed class PublicComplaintHandler(SupervisionDbContext db, IRegistryReader registry, CaseDeadlines deadlines, TimeProvider clock)
    : ICommandHandler<PublicComplaintCommand, PublicComplaintReceipt>
{
    // The history names who filed it as staff read it; the complainant's own name is in the complaint.
    private static readonly Domain.StepActor Public = new("public", "投诉人（网上投诉）");

    public async ValueTask<PublicComplaintReceipt> Handle(PublicComplaintCommand command, CancellationToken cancellationToken)
    {
        var lawyer = string.IsNullOrWhiteSpace(command.LawyerCertificateNumber) ? null
            : await registry.LawyerByCertificateAsync(command.LawyerCertificateNumber.Trim(), cancellationToken)
              ?? throw InvalidField.Exception("lawyerCertificateNumber", Bilingual.Text("没有该执业证号的律师。", "No lawyer holds that certificate number."));
        var firm = string.IsNullOrWhiteSpace(command.FirmUscc) ? null
            : await registry.FirmByUsccAsync(command.FirmUscc.Trim().ToUpperInvariant(), cancellationToken)
              ?? throw InvalidField.Exception("firmUscc", Bilingual.Text("没有该统一社会信用代码的律师事务所。", "No firm holds that unified social credit code."));
        var subject = ComplaintRules.Subject(lawyer, firm);
        var code = CaseNumbers.LookupCode();
        var complaint = Complaint.File(
            ComplaintChannel.Public, CaseNumbers.Receipt("TS", clock), CaseNumbers.Hash(code), command.ComplainantName!.Trim(), command.ComplainantPhone!.Trim(),
            subject.LawyerId, subject.FirmId, subject.Name, subject.RegionCode, command.Summary!.Trim(), command.Details!.Trim(),
            Public, deadlines.For(DeadlineSteps.ComplaintAcceptance), clock);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return new PublicComplaintReceipt(complaint.ReceiptNumber, code);
    }
}

public sealed class FollowComplaintHandler(SupervisionDbContext db) : IQueryHandler<FollowComplaintQuery, ComplaintProgress>
{
    public async ValueTask<ComplaintProgress> Handle(FollowComplaintQuery query, CancellationToken cancellationToken)
    {
        // A wrong code answers exactly as an unknown receipt: nothing tells a guesser which half was right.
        var hash = CaseNumbers.Hash(query.LookupCode ?? "");
        var complaint = await db.Complaints.AsNoTracking().Include(c => c.Steps)
            .FirstOrDefaultAsync(c => c.ReceiptNumber == query.ReceiptNumber.Trim().ToUpperInvariant(), cancellationToken);
        if (complaint is null || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(complaint.LookupCodeHash), System.Text.Encoding.ASCII.GetBytes(hash)))
        {
            throw new NotFoundException("回执号或查询码不正确。", "The receipt number or lookup code is wrong.");
        }

        // Internal steps (notes, overdue marks) are the staff's; the complainant sees the milestones.
        var milestones = complaint.Steps
            .Where(s => s.Kind is not (ComplaintStepKind.Note or ComplaintStepKind.Overdue or ComplaintStepKind.Attachment))
            .OrderBy(s => s.At).Select(s => new ProgressStep(s.Kind.ToString(), s.At)).ToList();
        return new ComplaintProgress(complaint.ReceiptNumber, complaint.SubjectName, complaint.State, complaint.FiledAt, complaint.Outcome, milestones);
    }
}
