namespace LawyerWork.BuildingBlocks.Security;

/// <summary>The API clients (external systems) Access has registered, as other parts of the product may ask about them.</summary>
public interface IApiClientDirectory
{
    /// <summary>The client's display name, or null when no client has that id.</summary>
    Task<string?> DisplayNameAsync(string clientId, CancellationToken cancellationToken);
}
