using LawyerWork.Access.Clients;
using LawyerWork.Access.SignIn;
using LawyerWork.Access.Users;
using Microsoft.AspNetCore.Routing;

namespace LawyerWork.Access;

public static class AccessModule
{
    public const string Tag = "Access";

    public static IEndpointRouteBuilder MapAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapSignIn();
        endpoints.MapAccount();
        endpoints.MapUserAdministration();
        endpoints.MapClientAdministration();
        endpoints.MapTokenEndpoint();
        return endpoints;
    }
}
