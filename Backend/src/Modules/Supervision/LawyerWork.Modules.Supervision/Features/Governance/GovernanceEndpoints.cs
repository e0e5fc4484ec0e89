using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Supervision.Contracts;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Modules.Supervision.Features.Governance;

internal static class GovernanceEndpoints
{
    public static void MapGovernance(this IEndpointRouteBuilder group)
    {
        group.MapGet("/meetings", async ([AsParameters] MeetingsQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(SupervisionPermissions.GovernanceRead)
            .WithName("ListMeetings")
            .WithSummary("The association's meetings (常务理事会、会长办公会) of the caller's region, newest first; filters kind, from/to, withOverdueDecisions.");

        group.MapCreateRecord<RecordMeetingCommand, MeetingDetails>("/meetings", m => $"/api/supervision/meetings/{m.Id}", m => m.Version)
            .RequirePermission(SupervisionPermissions.GovernanceManage)
            .WithName("RecordMeeting")
            .WithSummary("Records a meeting: date, attendees (lawyers from the register by lawyerId, or staff by name and post), agenda, minutes, decisions with owners and due dates.");

        group.MapGetRecord("/meetings/{id:guid}", id => new MeetingQuery(id), m => m.Version)
            .RequirePermission(SupervisionPermissions.GovernanceRead)
            .WithName("GetMeeting")
            .WithSummary("One meeting with its decisions (overdue ones flagged).");

        group.MapPut("/meetings/{id:guid}", async (Guid id, RecordMeetingCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var meeting = await sender.Send(command with { MeetingId = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, meeting.Version);
                return TypedResults.Ok(meeting);
            })
            .RequirePermission(SupervisionPermissions.GovernanceManage)
            .RequiresIfMatch()
            .WithName("CorrectMeeting")
            .WithSummary("Corrects a meeting's record; decisions given are added. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/meetings/{id:guid}/decisions/{decisionId:guid}/completion", async (Guid id, Guid decisionId, CompleteDecisionCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var meeting = await sender.Send(command with { MeetingId = id, DecisionId = decisionId, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, meeting.Version);
                return TypedResults.Ok(meeting);
            })
            .RequirePermission(SupervisionPermissions.GovernanceManage)
            .RequiresIfMatch()
            .WithName("CompleteMeetingDecision")
            .WithSummary("Records that a decision was carried out, and when (409 when already). Requires If-Match (the meeting's).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/committees", async (ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new CommitteesQuery(), cancellationToken)))
            .RequirePermission(SupervisionPermissions.GovernanceRead)
            .WithName("ListCommittees")
            .WithSummary("The specialised committees (专业委员会) of the caller's region with their members (serving today marked).");

        group.MapCreateRecord<FormCommitteeCommand, CommitteeDetails>("/committees", c => $"/api/supervision/committees/{c.Id}", c => c.Version)
            .RequirePermission(SupervisionPermissions.GovernanceManage)
            .WithName("FormCommittee")
            .WithSummary("Forms a specialised committee of the caller's association (409 when the name is taken).")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGetRecord("/committees/{id:guid}", id => new CommitteeQuery(id), c => c.Version)
            .RequirePermission(SupervisionPermissions.GovernanceRead)
            .WithName("GetCommittee")
            .WithSummary("One committee with its members and their terms.");

        group.MapRecordStep<AppointMemberCommand, CommitteeDetails>(
                "/committees/{id:guid}/members", (command, id, version) => command with { CommitteeId = id, ExpectedVersion = version }, c => c.Version)
            .RequirePermission(SupervisionPermissions.GovernanceManage)
            .WithName("AppointCommitteeMember")
            .WithSummary("Appoints a lawyer of the register for a term (409 when already a member then, or when the director's seat is taken). Requires If-Match.");

        group.MapPost("/committees/{id:guid}/members/{memberId:guid}/term-end", async (Guid id, Guid memberId, EndTermCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var committee = await sender.Send(command with { CommitteeId = id, MemberId = memberId, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, committee.Version);
                return TypedResults.Ok(committee);
            })
            .RequirePermission(SupervisionPermissions.GovernanceManage)
            .RequiresIfMatch()
            .WithName("EndCommitteeTerm")
            .WithSummary("Ends a member's term early, on the given day. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
