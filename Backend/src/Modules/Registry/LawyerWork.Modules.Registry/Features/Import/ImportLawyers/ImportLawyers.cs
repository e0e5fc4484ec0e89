using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Features.Lawyers.RegisterLawyer;
using LawyerWork.Modules.Registry.Persistence;
using Mediator;

namespace LawyerWork.Modules.Registry.Features.Import.ImportLawyers;

/// <summary>
/// 批量导入律师: every row of the file a <see cref="RegisterLawyerCommand"/> in the caller's scope.
/// A dry run reports each row's errors and writes nothing; a commit writes every row or none.
/// </summary>
public sealed record ImportLawyersCommand(ImportUpload File, bool DryRun) : ICommand<ImportReport>;

public sealed class ImportLawyersHandler(
    RegistryDbContext db, ICurrentUser user, IValidator<RegisterLawyerCommand> validator, AuditActor actor, TimeProvider clock, IServiceProvider services)
    : ICommandHandler<ImportLawyersCommand, ImportReport>
{
    public async ValueTask<ImportReport> Handle(ImportLawyersCommand command, CancellationToken cancellationToken) =>
        await new ImportRun(db, actor, clock, services)
            .RunAsync(command.File, command.DryRun, () => new LawyerRows(db, user.Scope, validator, clock), cancellationToken);
}
