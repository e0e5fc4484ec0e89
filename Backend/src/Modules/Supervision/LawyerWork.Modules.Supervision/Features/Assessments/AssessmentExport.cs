using System.Globalization;
using FluentValidation;
using LawyerWork.BuildingBlocks.Exports;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using LawyerWork.Modules.Supervision.Domain.Assessments;
using LawyerWork.Modules.Supervision.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LawyerWork.Modules.Supervision.Features.Assessments;

/// <summary>One lawyer's line of a year's assessment, as auditors export it.</summary>
public sealed record AssessmentExportRow(
    int Year, string FirmName, string RegionCode, AssessmentState State, AssessmentResult? FirmResult, string LawyerName, bool SanctionedInYear,
    int? CasesHandled, decimal? ProBonoHours, decimal? TrainingCredits, AssessmentResult? SuggestedResult, AssessmentResult? Result, string? ResultReason,
    string? OverrideReason);

public sealed record ExportAssessmentsQuery(string? Format, int? Year, AssessmentState? State, string? RegionCode) : IQuery<IAsyncEnumerable<AssessmentExportRow>>;

public sealed class ExportAssessmentsValidator : AbstractValidator<ExportAssessmentsQuery>
{
    public ExportAssessmentsValidator()
    {
        RuleFor(q => q.Format).Must(f => f is null or "csv")
            .WithMessage(_ => Bilingual.Text("导出格式目前支持 csv。", "The export format supported is csv."));
        RuleFor(q => q.RegionCode).Must(code => code is null || RegionCodes.IsWellFormed(code))
            .WithMessage(_ => Bilingual.Text("行政区划代码是六位数字。", "A region code is six digits."));
    }
}

public sealed class ExportAssessmentsHandler(SupervisionDbContext db, ICurrentUser user) : IQueryHandler<ExportAssessmentsQuery, IAsyncEnumerable<AssessmentExportRow>>
{
    public ValueTask<IAsyncEnumerable<AssessmentExportRow>> Handle(ExportAssessmentsQuery query, CancellationToken cancellationToken)
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

        if (query.RegionCode is { } region)
        {
            var (from, to) = RegionCodes.SubtreeRange(region);
            assessments = assessments.Where(a => string.Compare(a.RegionCode, from) >= 0 && string.Compare(a.RegionCode, to) <= 0);
        }

        return ValueTask.FromResult(assessments
            .SelectMany(a => a.Lawyers, (a, l) => new { Firm = a, Lawyer = l })
            .OrderBy(x => x.Firm.Year).ThenBy(x => x.Firm.RegionCode).ThenBy(x => x.Firm.FirmName).ThenBy(x => x.Lawyer.LawyerName)
            .Select(x => new AssessmentExportRow(
                x.Firm.Year, x.Firm.FirmName, x.Firm.RegionCode, x.Firm.State, x.Firm.FirmResult, x.Lawyer.LawyerName, x.Lawyer.SanctionedInYear,
                x.Lawyer.CasesHandled, x.Lawyer.ProBonoHours, x.Lawyer.TrainingCredits, x.Lawyer.SuggestedResult, x.Lawyer.Result, x.Lawyer.ResultReason,
                x.Lawyer.OverrideReason))
            .AsAsyncEnumerable());
    }
}

internal static class AssessmentExportColumns
{
    public static IReadOnlyList<CsvColumn<AssessmentExportRow>> Columns() =>
    [
        new(Bilingual.Text("年度", "Year"), r => r.Year.ToString(CultureInfo.InvariantCulture)),
        new(Bilingual.Text("律师事务所", "Firm"), r => r.FirmName),
        new(Bilingual.Text("区划代码", "Region code"), r => r.RegionCode),
        new(Bilingual.Text("考核进度", "State"), r => r.State.ToString()),
        new(Bilingual.Text("律所结果", "Firm result"), r => r.FirmResult?.ToString()),
        new(Bilingual.Text("律师", "Lawyer"), r => r.LawyerName),
        new(Bilingual.Text("本年度受处分", "Sanctioned this year"), r => r.SanctionedInYear ? Bilingual.Text("是", "yes") : ""),
        new(Bilingual.Text("办案数", "Cases"), r => r.CasesHandled?.ToString(CultureInfo.InvariantCulture)),
        new(Bilingual.Text("公益法律服务（小时）", "Pro bono hours"), r => r.ProBonoHours?.ToString(CultureInfo.InvariantCulture)),
        new(Bilingual.Text("培训学时", "Training credits"), r => r.TrainingCredits?.ToString(CultureInfo.InvariantCulture)),
        new(Bilingual.Text("律协意见", "Association's suggestion"), r => r.SuggestedResult?.ToString()),
        new(Bilingual.Text("考核结果", "Result"), r => r.Result?.ToString()),
        new(Bilingual.Text("理由", "Reasons"), r => r.ResultReason),
        new(Bilingual.Text("受处分仍评合格的理由", "Why qualified despite a sanction"), r => r.OverrideReason),
    ];
}
