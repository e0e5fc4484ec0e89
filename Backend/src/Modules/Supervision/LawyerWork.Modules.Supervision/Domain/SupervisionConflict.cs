using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;

namespace LawyerWork.Modules.Supervision.Domain;

/// <summary>409: the case's state does not allow this step (e.g. a penalty on a complaint that was not referred).</summary>
internal static class StepNotAllowed
{
    public static ConflictException In<TState>(TState state, string step)
        where TState : struct, Enum =>
        new("step-not-allowed",
            $"案件当前状态（{state}）不允许“{step}”这一步。",
            $"The case's state ({state}) does not allow the step '{step}'.");
}

/// <summary>Who took a step: kept on every step of a case's history.</summary>
public sealed record StepActor(string Id, string Name);

internal static class Texts
{
    public static string Required(string zh, string en) => Bilingual.Text(zh, en);
}
