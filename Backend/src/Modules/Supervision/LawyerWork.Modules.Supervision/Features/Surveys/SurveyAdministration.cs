using System.Text.Json.Serialization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Audit;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Paging;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.BuildingBlocks.Time;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Surveys;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Surveys;

public sealed record QuestionInput(QuestionKind? Kind, string? Text, IReadOnlyList<string>? Options, bool? Required, decimal? Min, decimal? Max);

/// <summary>Writes (or, with an id, revises) a draft survey: its questions and the firms it goes to.</summary>
public sealed record DraftSurveyCommand(
    string? Title, string? Description, string? TargetRegionCode, IReadOnlyList<FirmSizeBand>? TargetSizeBands, IReadOnlyList<OrganisationForm>? TargetForms,
    DateOnly? ClosesOn, IReadOnlyList<QuestionInput>? Questions) : ICommand<SurveyDetails>
{
    [JsonIgnore]
    public Guid? SurveyId { get; init; }

    [JsonIgnore]
    public long? ExpectedVersion { get; init; }
}

public enum SurveyTransition
{
    Opening,
    Closing,
}

public sealed record SurveyStepCommand(Guid SurveyId, long ExpectedVersion, SurveyTransition Transition) : ICommand<SurveyDetails>;

public sealed record SurveysQuery(SurveyState? State, int? Page, int? PageSize, string? Sort, string? Cursor) : IQuery<ListPage<SurveySummary>>, IPageRequest;

public sealed record SurveyQuery(Guid Id) : IQuery<SurveyDetails>;

public sealed class DraftSurveyValidator : AbstractValidator<DraftSurveyCommand>
{
    public DraftSurveyValidator(TimeProvider clock)
    {
        RuleFor(c => c.Title).NotEmpty().MaximumLength(200).WithMessage(_ => Bilingual.Text("请填写问卷标题（不超过 200 字）。", "Give a title (at most 200 characters)."));
        RuleFor(c => c.Description).MaximumLength(2000);
        RuleFor(c => c.TargetRegionCode).NotEmpty().Must(c => RegionCodes.IsWellFormed(c))
            .WithMessage(_ => Bilingual.Text("请选择调研范围（六位行政区划代码）。", "Choose the region surveyed (a six-digit code)."));
        RuleFor(c => c.ClosesOn).NotNull().Must(d => d > ShanghaiClock.Today(clock))
            .WithMessage(_ => Bilingual.Text("截止日期须晚于今天。", "The closing date must be after today."));
        RuleFor(c => c.Questions).NotEmpty().Must(q => q is null || q.Count <= 100)
            .WithMessage(_ => Bilingual.Text("问卷须有 1–100 个问题。", "A survey has 1 to 100 questions."));
        RuleForEach(c => c.Questions).ChildRules(question =>
        {
            question.RuleFor(q => q.Kind).NotNull().WithMessage(_ => Bilingual.Text("请选择题型。", "Choose the question's kind."));
            question.RuleFor(q => q.Text).NotEmpty().MaximumLength(500).WithMessage(_ => Bilingual.Text("请填写题目（不超过 500 字）。", "Write the question (at most 500 characters)."));
            question.RuleFor(q => q.Options).Must(o => o is { Count: >= 2 and <= 30 } && o.All(x => !string.IsNullOrWhiteSpace(x) && x.Length <= 100) && o.Distinct().Count() == o.Count)
                .When(q => q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
                .WithMessage(_ => Bilingual.Text("选择题须有 2–30 个不重复的选项（每项不超过 100 字）。", "A choice question has 2 to 30 distinct options of at most 100 characters."));
            question.RuleFor(q => q.Options).Must(o => o is null || o.Count == 0).When(q => q.Kind is QuestionKind.Number or QuestionKind.Text)
                .WithMessage(_ => Bilingual.Text("数字题和文字题没有选项。", "Number and text questions have no options."));
            question.RuleFor(q => q.Max).Must((q, max) => q.Min is null || max is null || max >= q.Min)
                .WithMessage(_ => Bilingual.Text("最大值不能小于最小值。", "The maximum cannot be below the minimum."));
        });
    }
}

public sealed class DraftSurveyHandler(SupervisionDbContext db, ICurrentUser user, AuditActor actor, TimeProvider clock) : ICommandHandler<DraftSurveyCommand, SurveyDetails>
{
    public async ValueTask<SurveyDetails> Handle(DraftSurveyCommand command, CancellationToken cancellationToken)
    {
        var existing = command.SurveyId is { } id ? await db.ManagedSurveyAsync(id, user.Scope, cancellationToken) : null;

        // The author's region bounds what the survey may reach.
        user.Scope.EnsureMayAct(command.TargetRegionCode!);
        var drafts = command.Questions!.Select(q => new QuestionDraft(
            q.Kind!.Value, q.Text!.Trim(), q.Options?.Select(o => o.Trim()).ToList() ?? [], q.Required ?? false, q.Min, q.Max)).ToList();
        var bands = string.Join(',', (command.TargetSizeBands ?? []).Distinct());
        var forms = string.Join(',', (command.TargetForms ?? []).Distinct());
        Survey survey;
        if (existing is not null)
        {
            survey = existing;
            survey.EnsureVersion(command.ExpectedVersion!.Value);
            db.RemoveRange(survey.Questions);
            survey.Revise(command.Title!.Trim(), command.Description?.Trim() ?? "", command.TargetRegionCode!, bands, forms, command.ClosesOn!.Value, drafts, clock);
        }
        else
        {
            survey = Survey.Draft(command.Title!.Trim(), command.Description?.Trim() ?? "", user.Scope.RegionCode!, command.TargetRegionCode!, bands, forms,
                command.ClosesOn!.Value, drafts, Actors.Of(actor), clock);
            db.Surveys.Add(survey);
        }

        await db.SaveChangesAsync(cancellationToken);
        return SurveyViews.Details(survey);
    }
}

public sealed class SurveyStepHandler(SupervisionDbContext db, IRegistryReader registry, ICurrentUser user, TimeProvider clock) : ICommandHandler<SurveyStepCommand, SurveyDetails>
{
    public async ValueTask<SurveyDetails> Handle(SurveyStepCommand command, CancellationToken cancellationToken)
    {
        var survey = await db.ManagedSurveyAsync(command.SurveyId, user.Scope, cancellationToken);
        survey.EnsureVersion(command.ExpectedVersion);
        if (command.Transition == SurveyTransition.Closing)
        {
            survey.Close(clock);
        }
        else
        {
            // The target firms are fixed now: one pending response each, in the same save.
            var firms = await registry.PractisingFirmsAsync(
                survey.TargetRegionCode,
                [.. SurveyViews.Names(survey.TargetSizeBands).Select(Enum.Parse<FirmSizeBand>)],
                [.. SurveyViews.Names(survey.TargetForms).Select(Enum.Parse<OrganisationForm>)],
                cancellationToken);
            survey.Open(firms.Count, clock);
            db.SurveyResponses.AddRange(firms.Select(f => SurveyResponse.For(survey.Id, f.Id, f.Name, f.RegionCode, clock)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return SurveyViews.Details(survey);
    }
}

public sealed class SurveysValidator : AbstractValidator<SurveysQuery>
{
    public SurveysValidator() => Include(new PageRules<SurveysQuery>(SurveyListing.Sort.Names));
}

internal static class SurveyListing
{
    public static readonly SortableFields<Survey> Sort = new SortableFields<Survey>(s => s.Id)
        .Add("createdAt", s => s.CreatedAt, isDefault: true, descending: true)
        .Add("closesOn", s => s.ClosesOn);
}

public sealed class SurveysHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<SurveysQuery, ListPage<SurveySummary>>
{
    public async ValueTask<ListPage<SurveySummary>> Handle(SurveysQuery query, CancellationToken cancellationToken)
    {
        var surveys = db.Surveys.AsNoTracking();
        surveys = user.Scope.RegionRange() is (var from, var to)
            ? surveys.Where(s => string.Compare(s.OwnerRegionCode, from) >= 0 && string.Compare(s.OwnerRegionCode, to) <= 0)
            : surveys.Where(_ => false);
        if (query.State is { } state)
        {
            surveys = surveys.Where(s => s.State == state);
        }

        return await surveys.ToListPageAsync(query.ToPageQuery(), SurveyListing.Sort, s => new SurveySummary(
            s.Id, s.Title, s.State, s.TargetRegionCode, s.ClosesOn, s.TargetCount,
            db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.State == ResponseState.Submitted), s.CreatedAt, s.Version), cancellationToken);
    }
}

public sealed class SurveyHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<SurveyQuery, SurveyDetails>
{
    public async ValueTask<SurveyDetails> Handle(SurveyQuery query, CancellationToken cancellationToken) =>
        SurveyViews.Details(await db.ManagedSurveyAsync(query.Id, user.Scope, cancellationToken));
}
