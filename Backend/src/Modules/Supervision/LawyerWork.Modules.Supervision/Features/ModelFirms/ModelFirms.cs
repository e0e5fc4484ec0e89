using System.Linq.Expressions;
using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.ModelFirms;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;

namespace LawyerWork.Modules.Supervision.Features.ModelFirms;

public sealed record ModelFirmView(
    Guid Id, Guid FirmId, string FirmName, string RegionCode, FirmSizeBand SizeBand, int Year, string NominatedBy, string NominationReason, ModelFirmState State,
    IReadOnlyList<CriterionScore> Scores, decimal? TotalScore, string? ReviewNote, DateOnly? DesignatedFrom, DateOnly? DesignatedUntil,
    string? DocumentNumber, string? RevocationReason, DateTimeOffset NominatedAt, long Version);

/// <summary>A model firm as the public list shows it.</summary>
public sealed record PublicModelFirm(string FirmName, string RegionCode, FirmSizeBand SizeBand, int Year, DateOnly DesignatedFrom, DateOnly DesignatedUntil, string DocumentNumber);

/// <summary>A review criterion and the most it scores.</summary>
public sealed record ModelFirmCriterion(string Criterion, decimal MaxScore);

public sealed record NominateModelFirmCommand(Guid? FirmId, int? Year, string? Reason) : ICommand<ModelFirmView>;

public sealed record ScoreInput(string? Criterion, decimal? Score);

public enum ModelFirmTransition
{
    Review,
    Designation,
    Declining,
    Revocation,
}

/// <summary>A step: review (scores, note), designation (from, until, documentNumber), declining (note), revocation (reason).</summary>
public sealed record ModelFirmStepCommand(IReadOnlyList<ScoreInput>? Scores, string? Note, DateOnly? From, DateOnly? Until, string? DocumentNumber, string? Reason)
    : ICommand<ModelFirmView>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public long ExpectedVersion { get; init; }

    [JsonIgnore]
    public ModelFirmTransition Transition { get; init; }
}

public sealed record ModelFirmsQuery(int? Year, ModelFirmState? State, string? RegionCode, FirmSizeBand? SizeBand, int? Page, int? PageSize, string? Sort, string? Cursor)
    : IQuery<ListPage<ModelFirmView>>, IPageRequest;

public sealed record ModelFirmQuery(Guid Id) : IQuery<ModelFirmView>;

public sealed record PublicModelFirmsQuery(int? Year, string? RegionCode, FirmSizeBand? SizeBand) : IQuery<IReadOnlyList<PublicModelFirm>>;

/// <summary>
/// The review's criteria and their maximum scores: <c>Supervision:ModelFirmCriteria:{name}</c> = max, else
/// these defaults, which follow the themes of the work plan (§三.5) and are to be confirmed by the department.
/// </summary>
public sealed class ModelFirmCriteria(IConfiguration configuration)
{
    private static readonly Dictionary<string, decimal> Defaults = new(StringComparer.Ordinal)
    {
        ["党建工作"] = 20, ["内部管理制度"] = 20, ["执业质量与诚信"] = 20, ["公益法律服务"] = 20, ["人才培养"] = 20,
    };

    public IReadOnlyDictionary<string, decimal> All { get; } =
        configuration.GetSection("Supervision:ModelFirmCriteria").GetChildren().ToList() is { Count: > 0 } configured
            ? configured.ToDictionary(c => c.Key, c => decimal.Parse(c.Value!, System.Globalization.CultureInfo.InvariantCulture), StringComparer.Ordinal)
            : Defaults;
}

internal static class ModelFirmViews
{
    public static readonly SortableFields<ModelFirm> Sort = new SortableFields<ModelFirm>(m => m.Id)
        .Add("nominatedAt", m => m.NominatedAt, isDefault: true, descending: true)
        .Add("totalScore", m => m.TotalScore);

    public static readonly Expression<Func<ModelFirm, ModelFirmView>> View = m => new ModelFirmView(
        m.Id, m.FirmId, m.FirmName, m.RegionCode, m.SizeBand, m.Year, m.NominatedBy, m.NominationReason, m.State, m.Scores, m.TotalScore, m.ReviewNote,
        m.DesignatedFrom, m.DesignatedUntil, m.DocumentNumber, m.RevocationReason, m.NominatedAt, m.Version);

    public static async Task<ModelFirm> VisibleAsync(this SupervisionDbContext db, Guid id, DataScope scope, CancellationToken cancellationToken)
    {
        var found = await db.ModelFirms.FirstOrDefaultAsync(m => m.Id == id, cancellationToken);
        return found is not null && scope.Covers(found.RegionCode) ? found : throw new NotFoundException("未找到该示范所推荐。", "No such model-firm nomination.");
    }
}

public sealed class NominateModelFirmValidator : AbstractValidator<NominateModelFirmCommand>
{
    public NominateModelFirmValidator(TimeProvider clock)
    {
        RuleFor(c => c.FirmId).NotNull().WithMessage(_ => Bilingual.Text("请选择律师事务所。", "Choose the firm."));
        RuleFor(c => c.Year).NotNull().InclusiveBetween(2019, ShanghaiClock.Today(clock).Year + 1)
            .WithMessage(_ => Bilingual.Text("年度须在 2019 年至明年之间。", "The year is between 2019 and next year."));
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithMessage(_ => Bilingual.Text("请写明推荐理由（不超过 2000 字）。", "Give the reason for the nomination (at most 2,000 characters)."));
    }
}

public sealed class NominateModelFirmHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, AuditActor actor, TimeProvider clock)
    : ICommandHandler<NominateModelFirmCommand, ModelFirmView>
{
    public async ValueTask<ModelFirmView> Handle(NominateModelFirmCommand command, CancellationToken cancellationToken)
    {
        var firm = (await registry.FirmsAsync([command.FirmId!.Value], cancellationToken)).SingleOrDefault()
            ?? throw InvalidField.Exception("firmId", Bilingual.Text("没有该律师事务所。", "No such firm."));
        user.Scope.EnsureMayAct(firm.RegionCode);
        if (firm.Status != FirmStatus.Practising)
        {
            throw InvalidField.Exception("firmId", Bilingual.Text("只有执业中的律师事务所可以推荐。", "Only a practising firm can be nominated."));
        }

        if (await db.ModelFirms.AnyAsync(m => m.FirmId == firm.Id && m.Year == command.Year, cancellationToken))
        {
            throw new ConflictException("already-nominated", "该律师事务所本年度已被推荐。", "The firm is already nominated for that year.");
        }

        var nomination = ModelFirm.Nominate(firm.Id, firm.Name, firm.RegionCode, firm.SizeBand, command.Year!.Value, command.Reason!.Trim(), Actors.Of(actor), clock);
        db.ModelFirms.Add(nomination);
        await db.SaveChangesAsync(cancellationToken);
        return ModelFirmViews.View.Compile()(nomination);
    }
}

public sealed class ModelFirmStepValidator : AbstractValidator<ModelFirmStepCommand>
{
    public ModelFirmStepValidator(ModelFirmCriteria criteria)
    {
        When(c => c.Transition == ModelFirmTransition.Review, () =>
        {
            RuleFor(c => c.Scores).Must(scores => scores is not null
                    && scores.Select(s => s.Criterion).Order(StringComparer.Ordinal).SequenceEqual(criteria.All.Keys.Order(StringComparer.Ordinal))
                    && scores.All(s => s.Score is { } v && v >= 0 && v <= criteria.All[s.Criterion!]))
                .WithMessage(_ => Bilingual.Text(
                    $"请为每项评审标准打分（{string.Join("、", criteria.All.Select(c => $"{c.Key} 0–{c.Value}"))}）。",
                    $"Score every criterion ({string.Join(", ", criteria.All.Select(c => $"{c.Key} 0–{c.Value}"))})."));
            RuleFor(c => c.Note).MaximumLength(2000);
        });
        When(c => c.Transition == ModelFirmTransition.Designation, () =>
        {
            RuleFor(c => c.From).NotNull();
            RuleFor(c => c.Until).NotNull().Must((c, until) => c.From is null || until > c.From)
                .WithMessage(_ => Bilingual.Text("命名期限的结束日期须晚于开始日期。", "The designation must end after it starts."));
            RuleFor(c => c.DocumentNumber).NotEmpty().MaximumLength(60).WithMessage(_ => Bilingual.Text("请填写命名文件文号。", "Give the designation's document number."));
        });
        When(c => c.Transition == ModelFirmTransition.Declining, () => RuleFor(c => c.Note).NotEmpty().MaximumLength(2000));
        When(c => c.Transition == ModelFirmTransition.Revocation, () =>
            RuleFor(c => c.Reason).NotEmpty().MaximumLength(2000).WithMessage(_ => Bilingual.Text("请说明撤销理由。", "Give the reason for the revocation.")));
    }
}

public sealed class ModelFirmStepHandler(SupervisionDbContext db, ICurrentUser user, ModelFirmCriteria criteria) : ICommandHandler<ModelFirmStepCommand, ModelFirmView>
{
    public async ValueTask<ModelFirmView> Handle(ModelFirmStepCommand command, CancellationToken cancellationToken)
    {
        var nomination = await db.VisibleAsync(command.Id, user.Scope, cancellationToken);
        nomination.EnsureVersion(command.ExpectedVersion);
        switch (command.Transition)
        {
            case ModelFirmTransition.Review:
                nomination.Review([.. command.Scores!.Select(s => new CriterionScore(s.Criterion!, s.Score!.Value, criteria.All[s.Criterion!]))], command.Note?.Trim());
                break;
            case ModelFirmTransition.Designation:
                nomination.Designate(command.From!.Value, command.Until!.Value, command.DocumentNumber!.Trim());
                break;
            case ModelFirmTransition.Declining:
                nomination.Decline(command.Note!.Trim());
                break;
            case ModelFirmTransition.Revocation:
                nomination.Revoke(command.Reason!.Trim());
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return ModelFirmViews.View.Compile()(nomination);
    }
}

public sealed class ModelFirmsValidator : AbstractValidator<ModelFirmsQuery>
{
    public ModelFirmsValidator() => Include(new PageRules<ModelFirmsQuery>(ModelFirmViews.Sort.Names));
}

public sealed class ModelFirmsHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<ModelFirmsQuery, ListPage<ModelFirmView>>
{
    public async ValueTask<ListPage<ModelFirmView>> Handle(ModelFirmsQuery query, CancellationToken cancellationToken)
    {
        var nominations = db.ModelFirms.AsNoTracking();
        nominations = user.Scope.RegionRange() is (var from, var to)
            ? nominations.Where(m => string.Compare(m.RegionCode, from) >= 0 && string.Compare(m.RegionCode, to) <= 0)
            : nominations.Where(_ => false);
        nominations = Filter(nominations, query.Year, query.RegionCode, query.SizeBand);
        if (query.State is { } state)
        {
            nominations = nominations.Where(m => m.State == state);
        }

        return await nominations.ToListPageAsync(query.ToPageQuery(), ModelFirmViews.Sort, ModelFirmViews.View, cancellationToken);
    }

    internal static IQueryable<ModelFirm> Filter(IQueryable<ModelFirm> nominations, int? year, string? regionCode, FirmSizeBand? sizeBand)
    {
        if (year is { } y)
        {
            nominations = nominations.Where(m => m.Year == y);
        }

        if (regionCode is { } region && RegionCodes.IsWellFormed(region))
        {
            var (from, to) = RegionCodes.SubtreeRange(region);
            nominations = nominations.Where(m => string.Compare(m.RegionCode, from) >= 0 && string.Compare(m.RegionCode, to) <= 0);
        }

        if (sizeBand is { } band)
        {
            nominations = nominations.Where(m => m.SizeBand == band);
        }

        return nominations;
    }
}

public sealed class ModelFirmHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<ModelFirmQuery, ModelFirmView>
{
    public async ValueTask<ModelFirmView> Handle(ModelFirmQuery query, CancellationToken cancellationToken) =>
        ModelFirmViews.View.Compile()(await db.VisibleAsync(query.Id, user.Scope, cancellationToken));
}

public sealed class PublicModelFirmsValidator : AbstractValidator<PublicModelFirmsQuery>
{
    public PublicModelFirmsValidator()
    {
        RuleFor(q => q.RegionCode).Must(code => code is null || RegionCodes.IsWellFormed(code))
            .WithMessage(_ => Bilingual.Text("行政区划代码是六位数字。", "A region code is six digits."));
    }
}

public sealed class PublicModelFirmsHandler(SupervisionDbContext db, TimeProvider clock) : IQueryHandler<PublicModelFirmsQuery, IReadOnlyList<PublicModelFirm>>
{
    public async ValueTask<IReadOnlyList<PublicModelFirm>> Handle(PublicModelFirmsQuery query, CancellationToken cancellationToken)
    {
        var today = ShanghaiClock.Today(clock);
        var designated = ModelFirmsHandler.Filter(db.ModelFirms.AsNoTracking(), query.Year, query.RegionCode, query.SizeBand)
            .Where(m => m.State == ModelFirmState.Designated && m.DesignatedFrom <= today && m.DesignatedUntil > today);
        return await designated.OrderBy(m => m.RegionCode).ThenBy(m => m.FirmName)
            .Select(m => new PublicModelFirm(m.FirmName, m.RegionCode, m.SizeBand, m.Year, m.DesignatedFrom!.Value, m.DesignatedUntil!.Value, m.DocumentNumber!))
            .ToListAsync(cancellationToken);
    }
}
