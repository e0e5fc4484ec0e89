using FluentValidation;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Integration.Domain;
using LawyerWork.Modules.Integration.National;
using LawyerWork.Modules.Integration.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Integration.Features.National;

/// <summary>The exchange at a glance: connected or not, what waits, what is parked, the last delivery.</summary>
public sealed record NationalExchangeStatus(bool Enabled, string? Host, int Pending, int DeadLettered, int Delivered, DateTimeOffset? LastDeliveredAt);

public sealed record NationalExchangeStatusQuery : IQuery<NationalExchangeStatus>;

public sealed record ReconciliationDayView(
    DateOnly Day, DateTimeOffset CheckedAt, int LocalCount, string LocalHash, int PendingCount, int? NationalCount, string? NationalHash,
    bool Matches, IReadOnlyList<Guid> MissingNationally, IReadOnlyList<Guid> UnknownLocally, string? Error);

/// <summary>The reconciliation ledger between two days (inclusive, at most 366 days), newest first.</summary>
public sealed record ReconciliationQuery(DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<ReconciliationDayView>>;

/// <summary>Compares the given days now (at most 31), instead of waiting for the hourly job.</summary>
public sealed record ReconcileCommand(DateOnly? From, DateOnly? To) : ICommand<IReadOnlyList<ReconciliationDayView>>;

public sealed class ReconciliationQueryValidator : AbstractValidator<ReconciliationQuery>
{
    public ReconciliationQueryValidator()
    {
        RuleFor(q => q.To).Must((q, to) => to is null || q.From is null || (to.Value >= q.From.Value && to.Value.DayNumber - q.From.Value.DayNumber < 366))
            .WithMessage(_ => Bilingual.Text("结束日期须不早于开始日期，且跨度不超过一年。", "The end must not be before the start, and the span at most a year."));
    }
}

public sealed class ReconcileValidator : AbstractValidator<ReconcileCommand>
{
    public ReconcileValidator()
    {
        RuleFor(c => c.From).NotNull().WithMessage(_ => Bilingual.Text("请填写开始日期。", "Give the first day."));
        RuleFor(c => c.To).NotNull().WithMessage(_ => Bilingual.Text("请填写结束日期。", "Give the last day."));
        RuleFor(c => c.To).Must((c, to) => c.From is null || (to!.Value >= c.From.Value && to.Value.DayNumber - c.From.Value.DayNumber < 31))
            .WithMessage(_ => Bilingual.Text("结束日期须不早于开始日期，且一次最多核对 31 天。", "The last day must not be before the first, and at most 31 days are compared at once."))
            .When(c => c.To is not null);
    }
}

internal static class ReconciliationViews
{
    public static ReconciliationDayView View(this ReconciliationDay d) => new(
        d.Day, d.CheckedAt, d.LocalCount, d.LocalHash, d.PendingCount, d.NationalCount, d.NationalHash, d.Matches,
        Ids(d.MissingNationally), Ids(d.UnknownLocally), d.Error);

    private static IReadOnlyList<Guid> Ids(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse).ToList();
}

public sealed class NationalExchangeStatusHandler(IntegrationDbContext db, NationalOptions options) : IQueryHandler<NationalExchangeStatusQuery, NationalExchangeStatus>
{
    public async ValueTask<NationalExchangeStatus> Handle(NationalExchangeStatusQuery query, CancellationToken cancellationToken)
    {
        var national = db.Deliveries.AsNoTracking().Where(d => d.Target == Domain.Delivery.NationalTarget);
        var counts = await national.GroupBy(d => d.State).Select(g => new { State = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var last = await national.Where(d => d.State == DeliveryState.Delivered).OrderByDescending(d => d.DeliveredAt).Select(d => d.DeliveredAt).FirstOrDefaultAsync(cancellationToken);
        int Count(DeliveryState state) => counts.FirstOrDefault(c => c.State == state)?.Count ?? 0;

        // The host only: a base URL may carry a path or a token in its query that is nobody's business.
        var host = options.Enabled && Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var uri) ? uri.Authority : null;
        return new NationalExchangeStatus(options.Enabled, host, Count(DeliveryState.Pending), Count(DeliveryState.DeadLettered), Count(DeliveryState.Delivered), last);
    }
}

public sealed class ReconciliationQueryHandler(IntegrationDbContext db, TimeProvider clock) : IQueryHandler<ReconciliationQuery, IReadOnlyList<ReconciliationDayView>>
{
    public async ValueTask<IReadOnlyList<ReconciliationDayView>> Handle(ReconciliationQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? ShanghaiClock.Today(clock);
        var from = query.From ?? to.AddDays(-30);
        var days = await db.ReconciliationDays.AsNoTracking().Where(d => d.Day >= from && d.Day <= to).OrderByDescending(d => d.Day).ToListAsync(cancellationToken);
        return days.Select(d => d.View()).ToList();
    }
}

public sealed class ReconcileHandler(Reconciliation reconciliation, NationalOptions options) : ICommandHandler<ReconcileCommand, IReadOnlyList<ReconciliationDayView>>
{
    public async ValueTask<IReadOnlyList<ReconciliationDayView>> Handle(ReconcileCommand command, CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            throw new ConflictException("national-exchange-off", "未配置与全国律师综合管理信息系统的对接，无法核对。", "The national-system exchange is not configured; there is nothing to compare with.");
        }

        var days = new List<ReconciliationDayView>();
        for (var day = command.To!.Value; day >= command.From!.Value; day = day.AddDays(-1))
        {
            days.Add((await reconciliation.CheckAsync(day, cancellationToken)).View());
        }

        return days;
    }
}
