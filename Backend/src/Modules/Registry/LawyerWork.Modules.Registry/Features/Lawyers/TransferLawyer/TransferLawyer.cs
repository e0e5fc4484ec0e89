using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Lawyers.TransferLawyer;

/// <summary>转所: the lawyer moves to another firm from a date; the history keeps both periods.</summary>
public sealed record TransferLawyerCommand(Guid? ToFirmId, DateOnly? EffectiveOn) : ICommand<LawyerDetails>
{
    [JsonIgnore]
    public Guid LawyerId { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }
}

public sealed class TransferLawyerValidator : AbstractValidator<TransferLawyerCommand>
{
    public TransferLawyerValidator(TimeProvider clock)
    {
        RuleFor(c => c.ToFirmId).NotNull().WithMessage(_ => Bilingual.Text("请选择转入的律师事务所。", "Choose the firm to transfer to."));
        RuleFor(c => c.EffectiveOn).NotNull().WithMessage(_ => Bilingual.Text("请填写转所日期。", "The transfer date is required."))
            .Must(d => d!.Value <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(366))
            .WithMessage(_ => Bilingual.Text("转所日期不能晚于一年以后。", "The transfer date cannot be more than a year ahead."))
            .When(c => c.EffectiveOn is not null, ApplyConditionTo.CurrentValidator);
    }
}

public sealed class TransferLawyerHandler(RegistryDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<TransferLawyerCommand, LawyerDetails>
{
    public async ValueTask<LawyerDetails> Handle(TransferLawyerCommand command, CancellationToken cancellationToken)
    {
        var lawyer = await db.VisibleLawyerAsync(command.LawyerId, user.Scope, cancellationToken);
        lawyer.EnsureVersion(command.ExpectedVersion);

        user.Scope.EnsureMayWrite(lawyer);
        var to = await db.FirmForWriteAsync(command.ToFirmId!.Value, user.Scope, "toFirmId", cancellationToken);
        var from = lawyer.Firm ?? throw new ConflictException(
            "lawyer-has-no-firm", "该律师不在律师事务所执业，不能转所。", "The lawyer practises at no firm, so cannot transfer.");
        var now = clock.GetUtcNow();
        lawyer.TransferTo(to, from, command.EffectiveOn!.Value, now);
        db.Outbox.Add(OutboxMessage.For(lawyer.Id, new LawyerTransferred(lawyer.Id, from.Id, to.Id, command.EffectiveOn.Value, now), clock));
        await db.SaveChangesAsync(cancellationToken);
        return await db.DetailsAsync(lawyer, user, cancellationToken);
    }
}
