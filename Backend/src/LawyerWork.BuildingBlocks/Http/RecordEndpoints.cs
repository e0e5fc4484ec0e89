using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.BuildingBlocks.Http;

/// <summary>
/// The shapes most record endpoints take, written once: a POST that creates a record, a GET of one record (<c>{id}</c>) that
/// answers with its ETag, and a workflow step — a POST to a sub-resource of the record with If-Match —
/// that answers with the record as it now is and its new ETag. The caller adds the permission, the
/// operation's name and summary.
/// </summary>
public static class RecordEndpoints
{
    /// <summary>A POST that creates a record: 201 with its location and ETag.</summary>
    public static RouteHandlerBuilder MapCreateRecord<TCommand, TResult>(this IEndpointRouteBuilder group, string pattern, Func<TResult, string> location, Func<TResult, long> version)
        where TCommand : ICommand<TResult>
        where TResult : notnull =>
        group.MapPost(pattern, async (TCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var record = await sender.Send(command, cancellationToken);
                ETags.Set(response, version(record));
                return TypedResults.Created(location(record), record);
            })
            .ReturnsETag();

    public static RouteHandlerBuilder MapGetRecord<TResult>(this IEndpointRouteBuilder group, string pattern, Func<Guid, IQuery<TResult>> query, Func<TResult, long> version)
        where TResult : notnull =>
        group.MapGet(pattern, async (Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var record = await sender.Send(query(id), cancellationToken);
                ETags.Set(response, version(record));
                return TypedResults.Ok(record);
            })
            .ReturnsETag()
            .ProducesProblem(StatusCodes.Status404NotFound);

    // bind puts the route's id and the If-Match version into the command the body bound.
    public static RouteHandlerBuilder MapRecordStep<TCommand, TResult>(
        this IEndpointRouteBuilder group, string pattern, Func<TCommand, Guid, long, TCommand> bind, Func<TResult, long> version)
        where TCommand : ICommand<TResult>
        where TResult : notnull =>
        group.MapPost(pattern, async (Guid id, TCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var record = await sender.Send(bind(command, id, ETags.RequiredVersion(request)), cancellationToken);
                ETags.Set(response, version(record));
                return TypedResults.Ok(record);
            })
            .RequiresIfMatch()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
