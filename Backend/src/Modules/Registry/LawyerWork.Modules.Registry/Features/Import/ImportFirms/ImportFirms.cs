using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Features.Firms.RegisterFirm;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Import.ImportFirms;

/// <summary>
/// 批量导入律师事务所: every row of the file a <see cref="RegisterFirmCommand"/> in the caller's scope.
/// A dry run reports each row's errors and writes nothing; a commit writes every row or none.
/// </summary>
public sealed record ImportFirmsCommand(ImportUpload File, bool DryRun) : ICommand<ImportReport>;

public sealed class ImportFirmsHandler(
    RegistryDbContext db, ICurrentUser user, IValidator<RegisterFirmCommand> validator, AuditActor actor, TimeProvider clock, IServiceProvider services)
    : ICommandHandler<ImportFirmsCommand, ImportReport>
{
    public async ValueTask<ImportReport> Handle(ImportFirmsCommand command, CancellationToken cancellationToken) =>
        await new ImportRun(db, actor, clock, services)
            .RunAsync(command.File, command.DryRun, () => new FirmRows(db, user.Scope, validator, clock), cancellationToken);
}
