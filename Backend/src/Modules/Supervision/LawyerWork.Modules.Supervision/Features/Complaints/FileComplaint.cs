using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Deadlines;
using LawyerWork.Modules.Supervision.Domain.Complaints;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;

namespace LawyerWork.Modules.Supervision.Features.Complaints;

/// <summary>Staff take a complaint for someone (by phone, letter or visit); the receipt and lookup code are given to the complainant.</summary>
public sealed record FileComplaintCommand(
    string? ComplainantName, string? ComplainantPhone, Guid? LawyerId, Guid? FirmId, string? Summary, string? Details) : ICommand<FiledComplaint>;

/// <summary>What the complainant keeps: the receipt number and the lookup code (shown this once; only its hash is stored).</summary>
public sealed record FiledComplaint(Guid Id, string ReceiptNumber, string LookupCode, long Version);

internal static class ComplaintRules
{
    public static void Complainant<T>(AbstractValidator<T> rules, Func<T, string?> name, Func<T, string?> phone, Func<T, string?> summary, Func<T, string?> details)
    {
        rules.RuleFor(c => name(c)).NotEmpty().MaximumLength(50).OverridePropertyName("complainantName")
            .WithMessage(_ => Bilingual.Text("请填写投诉人姓名（不超过 50 字）。", "Give the complainant's name (at most 50 characters)."));
        rules.RuleFor(c => phone(c)).NotEmpty().Matches("^[0-9+()\\- ]{7,20}$").OverridePropertyName("complainantPhone")
            .WithMessage(_ => Bilingual.Text("请填写可以联系到投诉人的电话号码。", "Give a telephone number the complainant can be reached on."));
        rules.RuleFor(c => summary(c)).NotEmpty().MaximumLength(200).OverridePropertyName("summary")
            .WithMessage(_ => Bilingual.Text("请概述投诉事项（不超过 200 字）。", "Summarise the complaint (at most 200 characters)."));
        rules.RuleFor(c => details(c)).NotEmpty().MaximumLength(5000).OverridePropertyName("details")
            .WithMessage(_ => Bilingual.Text("请说明投诉的事实和理由（不超过 5000 字）。", "State the facts and grounds (at most 5,000 characters)."));
    }

    /// <summary>The subject as the register knows it: its name for the record, and the region that decides who handles it.</summary>
    public static (Guid? LawyerId, Guid? FirmId, string Name, string RegionCode) Subject(LawyerReference? lawyer, FirmReference? firm)
    {
        if (lawyer is not null && firm is not null && lawyer.FirmId != firm.Id)
        {
            throw InvalidField.Exception("firmId", Bilingual.Text("该律师不在所填律师事务所执业。", "That lawyer does not practise at that firm."));
        }

        var name = lawyer is not null && firm is not null ? $"{lawyer.Name}（{firm.Name}）" : lawyer?.Name ?? firm!.Name;
        return (lawyer?.Id, firm?.Id, name, lawyer?.RegionCode ?? firm!.RegionCode);
    }
}

public sealed class FileComplaintValidator : AbstractValidator<FileComplaintCommand>
{
    public FileComplaintValidator()
    {
        ComplaintRules.Complainant(this, c => c.ComplainantName, c => c.ComplainantPhone, c => c.Summary, c => c.Details);
        RuleFor(c => c.LawyerId).NotNull().When(c => c.FirmId is null)
            .WithMessage(_ => Bilingual.Text("请指明被投诉的律师或律师事务所。", "Name the lawyer or the firm complained about."));
    }
}

public sealed class FileComplaintHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, AuditActor actor, CaseDeadlines deadlines, TimeProvider clock)
    : ICommandHandler<FileComplaintCommand, FiledComplaint>
{
    public async ValueTask<FiledComplaint> Handle(FileComplaintCommand command, CancellationToken cancellationToken)
    {
        var lawyer = command.LawyerId is { } lawyerId ? (await registry.LawyersAsync([lawyerId], cancellationToken)).SingleOrDefault()
            ?? throw InvalidField.Exception("lawyerId", Bilingual.Text("没有该律师。", "No such lawyer.")) : null;
        var firm = command.FirmId is { } firmId ? (await registry.FirmsAsync([firmId], cancellationToken)).SingleOrDefault()
            ?? throw InvalidField.Exception("firmId", Bilingual.Text("没有该律师事务所。", "No such firm.")) : null;
        var subject = ComplaintRules.Subject(lawyer, firm);
        user.Scope.EnsureMayAct(subject.RegionCode);

        var code = CaseNumbers.LookupCode();
        var complaint = Complaint.File(
            ComplaintChannel.Staff, CaseNumbers.Receipt("TS", clock), CaseNumbers.Hash(code), command.ComplainantName!.Trim(), command.ComplainantPhone!.Trim(),
            subject.LawyerId, subject.FirmId, subject.Name, subject.RegionCode, command.Summary!.Trim(), command.Details!.Trim(),
            Actors.Of(actor), deadlines.For(DeadlineSteps.ComplaintAcceptance), clock);
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync(cancellationToken);
        return new FiledComplaint(complaint.Id, complaint.ReceiptNumber, code, complaint.Version);
    }
}
