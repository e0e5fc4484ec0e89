using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Lawyers.ChangeLawyerStatus;

internal static class ChangeLawyerStatusEndpoints
{
    public static void MapChangeLawyerStatus(this IEndpointRouteBuilder group)
    {
        Map(group, "suspension", LawyerTransition.Suspension, "SuspendLawyer", "Suspends a practising lawyer (停止执业).");
        Map(group, "reinstatement", LawyerTransition.Reinstatement, "ReinstateLawyer", "Reinstates a suspended lawyer (恢复执业).");
        Map(group, "cancellation", LawyerTransition.Cancellation, "CancelLawyer", "Cancels a lawyer's practice (注销).");
    }

    private static void Map(IEndpointRouteBuilder group, string step, LawyerTransition transition, string name, string summary) =>
        group.MapRecordStep<ChangeLawyerStatusCommand, LawyerDetails>(
                $"/lawyers/{{id:guid}}/{step}", (command, id, version) => command with { LawyerId = id, ExpectedVersion = version, Transition = transition }, l => l.Version)
            .RequirePermission(RegistryPermissions.LawyersWrite)
            .WithName(name)
            .WithSummary(summary + " Requires If-Match.");
}
