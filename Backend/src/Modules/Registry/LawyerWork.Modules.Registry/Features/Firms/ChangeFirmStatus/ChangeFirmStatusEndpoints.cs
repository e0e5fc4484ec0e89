using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Registry.Features.Firms.ChangeFirmStatus;

internal static class ChangeFirmStatusEndpoints
{
    public static void MapChangeFirmStatus(this IEndpointRouteBuilder group)
    {
        Map(group, "suspension", FirmTransition.Suspension, "SuspendFirm", "Suspends a practising firm (停业).");
        Map(group, "reinstatement", FirmTransition.Reinstatement, "ReinstateFirm", "Reinstates a suspended firm (恢复执业).");
        Map(group, "cancellation", FirmTransition.Cancellation, "CancelFirm",
            "Cancels a firm (注销); refused with 409 firm-has-practising-lawyers while lawyers still practise there.");
    }

    private static void Map(IEndpointRouteBuilder group, string step, FirmTransition transition, string name, string summary) =>
        group.MapRecordStep<ChangeFirmStatusCommand, FirmDetails>(
                $"/firms/{{id:guid}}/{step}", (command, id, version) => command with { FirmId = id, ExpectedVersion = version, Transition = transition }, f => f.Version)
            .RequirePermission(RegistryPermissions.FirmsWrite)
            .WithName(name)
            .WithSummary(summary + " Requires If-Match.");
}
