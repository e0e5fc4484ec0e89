using LawyerWork.BuildingBlocks.Security;
using OpenIddict.Abstractions;

namespace LawyerWork.Access.Clients;

internal sealed class ApiClientDirectory(IOpenIddictApplicationManager applications) : IApiClientDirectory
{
    public async Task<string?> DisplayNameAsync(string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application
            ? await applications.GetDisplayNameAsync(application, cancellationToken) ?? clientId
            : null;
}
