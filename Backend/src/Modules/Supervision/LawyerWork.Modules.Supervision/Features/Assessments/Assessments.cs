using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Outbox;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Contracts;
using LawyerWork.Modules.Supervision.Domain.Assessments;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Assessments;

public sealed record LawyerAssessmentView(
    Guid LawyerId, string LawyerName, bool SanctionedInYear, string? Practice, int? CasesHandled, decimal? ProBonoHours, decimal? TrainingCredits,
    AssessmentResult? SuggestedResult, string? Opinion, AssessmentResult? Result, string? ResultReason, string? OverrideReason);

public sealed record AssessmentSummary(Guid Id, int Year, Guid FirmId, string FirmName, string RegionCode, AssessmentState State, AssessmentResult? FirmResult, int Lawyers, long Version);

public sealed record AssessmentDetails(
    Guid Id, int Year, Guid FirmId, string FirmName, string RegionCode, AssessmentState State, string? SelfReport, string? Opinion,
    AssessmentResult? FirmResult, string? FirmResultReason, string? DecidedBy, DateTimeOffset? SubmittedAt, DateTimeOffset? DecidedAt,
    IReadOnlyList<LawyerAssessmentView> Lawyers, long Version);

/// <summary>The bureau opens the year's assessment for the practising firms of a region (each once).</summary>
public sealed record OpenAssessmentsCommand(int? Year, string? RegionCode) : ICommand<OpenedAssessments>;

public sealed record OpenedAssessments(int Year, string RegionCode, int Opened, int AlreadyOpen);

public sealed record AssessmentsQuery(int? Year, AssessmentState? State, string? RegionCode, int? Page, int? PageSize, string? Sort, string? Cursor)
    : IQuery<ListPage<AssessmentSummary>>, IPageRequest;

public sealed record AssessmentQuery(Guid Id) : IQuery<AssessmentDetails>;

public sealed record AssessmentProgressQuery(int Year, string? RegionCode) : IQuery<IReadOnlyList<AssessmentProgress>>;

public sealed record AssessmentProgress(string RegionCode, int Firms, int SelfReporting, int Submitted, int Reviewed, int Decided);

public sealed record LawyerReportInput(Guid? LawyerId, string? Practice, int? CasesHandled, decimal? ProBonoHours, decimal? TrainingCredits);

public sealed record VerdictInput(Guid? LawyerId, AssessmentResult? Result, string? Reason, string? OverrideReason);

public enum AssessmentStep
{
    SelfReport,
    Opinion,
    Result,
}

/// <summary>
/// A step: the firm's self-report (selfReport, lawyers, submit), the association's opinion (opinion,
/// verdicts), the bureau's result (firmResult, firmReason, verdicts).
/// </summary>
public sealed record AssessmentStepCommand(
    string? SelfReport, IReadOnlyList<LawyerReportInput>? Lawyers, bool? Submit, string? Opinion, AssessmentResult? FirmResult, string? FirmReason,
    IReadOnlyList<VerdictInput>? Verdicts) : ICommand<AssessmentDetails>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public AssessmentStep Step { get; init; }
}

internal static class AssessmentViews
{
    public static readonly SortableFields<FirmAssessment> Sort = new SortableFields<FirmAssessment>(a => a.Id)
        .Add("firmName", a => a.FirmName, isDefault: true)
        .Add("regionCode", a => a.RegionCode);

    public static AssessmentDetails Details(FirmAssessment a) => new(
        a.Id, a.Year, a.FirmId, a.FirmName, a.RegionCode, a.State, a.SelfReport, a.Opinion, a.FirmResult, a.FirmResultReason, a.DecidedBy, a.SubmittedAt, a.DecidedAt,
        a.Lawyers.OrderBy(l => l.LawyerName).Select(l => new LawyerAssessmentView(
            l.LawyerId, l.LawyerName, l.SanctionedInYear, l.Practice, l.CasesHandled, l.ProBonoHours, l.TrainingCredits, l.SuggestedResult, l.Opinion,
            l.Result, l.ResultReason, l.OverrideReason)).ToList(),
        a.Version);

    /// <summary>A region scope sees its subtree; a firm's administrator the firm's own; others none.</summary>
    public static IQueryable<FirmAssessment> VisibleTo(this IQueryable<FirmAssessment> assessments, DataScope scope) =>
        scope.Kind == DataScopeKind.Firm ? assessments.Where(a => a.FirmId == scope.FirmId)
        : scope.RegionRange() is (var from, var to) ? assessments.Where(a => string.Compare(a.RegionCode, from) >= 0 && string.Compare(a.RegionCode, to) <= 0)
        : assessments.Where(_ => false);

    public static async Task<FirmAssessment> VisibleAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken) =>
        await db.Assessments.VisibleTo(scope).Include(a => a.Lawyers).FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
        ?? throw new NotFoundException("未找到该考核。", "No such assessment.");
}

public sealed class OpenAssessmentsValidator : AbstractValidator<OpenAssessmentsCommand>
{
    public OpenAssessmentsValidator(TimeProvider clock)
    {
        RuleFor(c => c.Year).NotNull().InclusiveBetween(2019, ShanghaiClock.Today(clock).Year)
            .WithMessage(_ => Bilingual.Text("考核年度须在 2019 年至今年之间。", "The year assessed is between 2019 and this year."));
        RuleFor(c => c.RegionCode).NotEmpty().Must(c => RegionCodes.IsWellFormed(c))
            .WithMessage(_ => Bilingual.Text("请选择行政区划（六位代码）。", "Choose the region (a six-digit code)."));
    }
}

public sealed class OpenAssessmentsHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<OpenAssessmentsCommand, OpenedAssessments>
{
    public async ValueTask<OpenedAssessments> Handle(OpenAssessmentsCommand command, CancellationToken cancellationToken)
    {
        user.Scope.EnsureMayAct(command.RegionCode!);
        var year = command.Year!.Value;
        var firms = await registry.PractisingFirmsAsync(command.RegionCode!, [], [], cancellationToken);
        var firmIds = firms.Select(f => f.Id).ToList();
        var open = (await db.Assessments.Where(a => a.Year == year && firmIds.Contains(a.FirmId)).Select(a => a.FirmId).ToListAsync(cancellationToken)).ToHashSet();
        var newcomers = firms.Where(f => !open.Contains(f.Id)).ToList();
        var newIds = newcomers.Select(f => f.Id).ToList();
        var lawyers = await registry.PractisingLawyersOfAsync(newIds, cancellationToken);
        var lawyerIds = lawyers.Select(l => l.Id).ToList();
        var sanctioned = (await db.IntegrityRecords.AsNoTracking()
            .Where(r => r.Kind == IntegrityKind.Sanction && r.Subject == SubjectKind.Lawyer && lawyerIds.Contains(r.SubjectId))
            .Select(r => new { r.SubjectId, r.DecidedOn }).ToListAsync(cancellationToken))
            .Where(r => r.DecidedOn.Year == year).Select(r => r.SubjectId).ToHashSet();
        foreach (var firm in newcomers)
        {
            db.Assessments.Add(FirmAssessment.Open(year, firm.Id, firm.Name, firm.RegionCode,
                lawyers.Where(l => l.FirmId == firm.Id).Select(l => (l.Id, l.Name, sanctioned.Contains(l.Id))), clock));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new OpenedAssessments(year, command.RegionCode!, newcomers.Count, open.Count);
    }
}

public sealed class AssessmentStepValidator : AbstractValidator<AssessmentStepCommand>
{
    public AssessmentStepValidator()
    {
        RuleFor(c => c.SelfReport).MaximumLength(10_000);
        RuleFor(c => c.Opinion).MaximumLength(5000);
        RuleFor(c => c.FirmReason).MaximumLength(2000);
        RuleForEach(c => c.Lawyers).ChildRules(lawyer =>
        {
            lawyer.RuleFor(l => l.LawyerId).NotNull();
            lawyer.RuleFor(l => l.Practice).MaximumLength(2000);
            lawyer.RuleFor(l => l.CasesHandled).InclusiveBetween(0, 100_000);
            lawyer.RuleFor(l => l.ProBonoHours).InclusiveBetween(0, 10_000);
            lawyer.RuleFor(l => l.TrainingCredits).InclusiveBetween(0, 10_000);
        });
        RuleForEach(c => c.Verdicts).ChildRules(verdict =>
        {
            verdict.RuleFor(v => v.LawyerId).NotNull();
            verdict.RuleFor(v => v.Result).NotNull().WithMessage(_ => Bilingual.Text("请选择考核结果。", "Choose the result."));
            verdict.RuleFor(v => v.Reason).MaximumLength(2000);
            verdict.RuleFor(v => v.OverrideReason).MaximumLength(2000);
        });
        RuleFor(c => c.FirmResult).NotNull().When(c => c.Step == AssessmentStep.Result)
            .WithMessage(_ => Bilingual.Text("请给出律师事务所的考核结果。", "Give the firm's result."));
    }
}

public sealed class AssessmentStepHandler(SupervisionDbContext db, ICurrentUser user, AuditActor actor, TimeProvider clock)
    : ICommandHandler<AssessmentStepCommand, AssessmentDetails>
{
    public async ValueTask<AssessmentDetails> Handle(AssessmentStepCommand command, CancellationToken cancellationToken)
    {
        var assessment = await db.VisibleAsync(command.Id, user.Scope, cancellationToken);
        assessment.EnsureVersion(command.ExpectedVersion);
        var verdicts = (command.Verdicts ?? []).Select(v => new LawyerVerdict(v.LawyerId!.Value, v.Result!.Value, v.Reason?.Trim(), v.OverrideReason?.Trim())).ToList();
        switch (command.Step)
        {
            case AssessmentStep.SelfReport:
                assessment.Report(command.SelfReport?.Trim(), [.. (command.Lawyers ?? []).Select(l => new LawyerReport(
                    l.LawyerId!.Value, l.Practice?.Trim(), l.CasesHandled, l.ProBonoHours, l.TrainingCredits))], command.Submit ?? false, clock);
                break;
            case AssessmentStep.Opinion:
                assessment.Review(command.Opinion?.Trim(), verdicts);
                break;
            case AssessmentStep.Result:
                foreach (var unqualified in assessment.Decide(command.FirmResult!.Value, command.FirmReason?.Trim(), verdicts, actor.Name, clock))
                {
                    db.Outbox.Add(OutboxMessage.For(unqualified.LawyerId, new LawyerAssessedUnqualified(unqualified.LawyerId, assessment.Year, assessment.Id, clock.GetUtcNow()), clock));
                }

                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return AssessmentViews.Details(assessment);
    }
}

public sealed class AssessmentsValidator : AbstractValidator<AssessmentsQuery>
{
    public AssessmentsValidator() => Include(new PageRules<AssessmentsQuery>(AssessmentViews.Sort.Names));
}

public sealed class AssessmentsHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<AssessmentsQuery, ListPage<AssessmentSummary>>
{
    public async ValueTask<ListPage<AssessmentSummary>> Handle(AssessmentsQuery query, CancellationToken cancellationToken)
    {
        var assessments = db.Assessments.AsNoTracking().VisibleTo(user.Scope);
        if (query.Year is { } year)
        {
            assessments = assessments.Where(a => a.Year == year);
        }

        if (query.State is { } state)
        {
            assessments = assessments.Where(a => a.State == state);
        }

        if (query.RegionCode is { } region && RegionCodes.IsWellFormed(region))
        {
            var (from, to) = RegionCodes.SubtreeRange(region);
            assessments = assessments.Where(a => string.Compare(a.RegionCode, from) >= 0 && string.Compare(a.RegionCode, to) <= 0);
        }

        return await assessments.ToListPageAsync(query.ToPageQuery(), AssessmentViews.Sort,
            a => new AssessmentSummary(a.Id, a.Year, a.FirmId, a.FirmName, a.RegionCode, a.State, a.FirmResult, a.Lawyers.Count, a.Version), cancellationToken);
    }
}

public sealed class AssessmentHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<AssessmentQuery, AssessmentDetails>
{
    public async ValueTask<AssessmentDetails> Handle(AssessmentQuery query, CancellationToken cancellationToken) =>
        AssessmentViews.Details(await db.VisibleAsync(query.Id, user.Scope, cancellationToken));
}

public sealed class AssessmentProgressHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<AssessmentProgressQuery, IReadOnlyList<AssessmentProgress>>
{
    public async ValueTask<IReadOnlyList<AssessmentProgress>> Handle(AssessmentProgressQuery query, CancellationToken cancellationToken)
    {
        var region = query.RegionCode ?? user.Scope.RegionCode ?? throw CaseScope.NotFound();
        user.Scope.EnsureMayAct(region);
        var (from, to) = RegionCodes.SubtreeRange(region);
        var rows = await db.Assessments.AsNoTracking()
            .Where(a => a.Year == query.Year && string.Compare(a.RegionCode, from) >= 0 && string.Compare(a.RegionCode, to) <= 0)
            .GroupBy(a => new { a.RegionCode, a.State }).Select(g => new { g.Key.RegionCode, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken);
        var byProvince = region.EndsWith("0000", StringComparison.Ordinal);
        return rows.GroupBy(r => byProvince ? RegionCodes.PrefectureOf(r.RegionCode) : r.RegionCode)
            .Select(g => new AssessmentProgress(g.Key, g.Sum(r => r.Count),
                g.Where(r => r.State == AssessmentState.SelfReporting).Sum(r => r.Count), g.Where(r => r.State == AssessmentState.Submitted).Sum(r => r.Count),
                g.Where(r => r.State == AssessmentState.Reviewed).Sum(r => r.Count), g.Where(r => r.State == AssessmentState.Decided).Sum(r => r.Count)))
            .OrderBy(p => p.RegionCode, StringComparer.Ordinal).ToList();
    }
}
