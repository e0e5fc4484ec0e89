using LawyerWork.BuildingBlocks.Http;
using LawyerWork.BuildingBlocks.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Access.Users;

internal static class UserAdministrationEndpoints
{
    public static void MapUserAdministration(this IEndpointRouteBuilder endpoints)
    {
        var users = endpoints.MapGroup("/api/access/users").WithTags(AccessModule.Tag);

        users.MapPost("", async (CreateUserCommand command, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var created = await sender.Send(command, cancellationToken);
                ETags.Set(response, created.User.Version);
                return TypedResults.Created($"/api/access/users/{created.User.Id}", created);
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .ReturnsETag()
            .WithName("CreateUser")
            .WithSummary("Creates a person's account with a role and a data scope; the temporary password is in this response only.")
            .ProducesProblem(StatusCodes.Status409Conflict);

        users.MapGet("", async ([AsParameters] UserListQuery query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .RequirePermission(Roles.ManageAccessPermission)
            .WithName("ListUsers")
            .WithSummary("Accounts, filtered by name (user name or display name, contains) and role; sort userName, createdAt.");

        users.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(new GetUserQuery(id), cancellationToken);
                ETags.Set(response, user.Version);
                return TypedResults.Ok(user);
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .ReturnsETag()
            .WithName("GetUser")
            .WithSummary("One account.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPut("/{id:guid}", async (Guid id, UpdateUserCommand command, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(command with { UserId = id, ExpectedVersion = ETags.RequiredVersion(request) }, cancellationToken);
                ETags.Set(response, user.Version);
                return TypedResults.Ok(user);
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .RequiresIfMatch()
            .WithName("UpdateUser")
            .WithSummary("Changes an account's name, role and data scope; its open sessions end within a minute. Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        MapStep(users, "disablement", UserTransition.Disablement, "DisableUser", "Disables an account and ends its sessions.");
        MapStep(users, "enablement", UserTransition.Enablement, "EnableUser", "Enables a disabled account.");

        users.MapPost("/{id:guid}/password-reset", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var reset = await sender.Send(new ResetPasswordCommand(id, ETags.RequiredVersion(request)), cancellationToken);
                ETags.Set(response, reset.User.Version);
                return TypedResults.Ok(reset);
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .RequiresIfMatch()
            .WithName("ResetUserPassword")
            .WithSummary("Sets a new temporary password (in this response only), lifts a lockout and turns two-factor off (the person enrols again). Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static void MapStep(RouteGroupBuilder users, string step, UserTransition transition, string name, string summary) =>
        users.MapPost($"/{{id:guid}}/{step}", async (Guid id, ISender sender, HttpRequest request, HttpResponse response, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(new ChangeUserStatusCommand(id, ETags.RequiredVersion(request), transition), cancellationToken);
                ETags.Set(response, user.Version);
                return TypedResults.Ok(user);
            })
            .RequirePermission(Roles.ManageAccessPermission)
            .RequiresIfMatch()
            .WithName(name)
            .WithSummary(summary + " Requires If-Match.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
}
