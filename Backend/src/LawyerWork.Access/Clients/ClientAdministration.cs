using System.Text.Json;
using FluentValidation;
using LawyerWork.Access.Users;
using LawyerWork.BuildingBlocks.Errors;
using LawyerWork.BuildingBlocks.Localization;
using LawyerWork.BuildingBlocks.Security;
using LawyerWork.Modules.Registry.Contracts;
using Mediator;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LawyerWork.Access.Clients;

/// <summary>An external system allowed to call the API with OAuth 2.0 client credentials.</summary>
public sealed record ApiClient(string ClientId, string DisplayName, IReadOnlyList<string> Scopes, string DataScope);

/// <summary>A client with its secret, shown this once: only its hash is stored.</summary>
public sealed record ApiClientCredentials(ApiClient Client, string ClientSecret);

public sealed record RegisterClientCommand(string? DisplayName, IReadOnlyList<string>? Scopes, string? DataScope) : ICommand<ApiClientCredentials>;

public sealed record RotateClientSecretCommand(string ClientId) : ICommand<ApiClientCredentials>;

public sealed record RemoveClientCommand(string ClientId) : ICommand<Unit>;

public sealed record ClientListQuery : IQuery<IReadOnlyList<ApiClient>>;

public sealed class RegisterClientValidator : AbstractValidator<RegisterClientCommand>
{
    public RegisterClientValidator()
    {
        RuleFor(c => c.DisplayName).Must(n => n is { Length: >= 2 and <= 100 })
            .WithMessage(_ => Bilingual.Text("名称须为 2 到 100 个字符。", "The name must be 2 to 100 characters."));
        RuleFor(c => c.Scopes).Must(s => s is { Count: > 0 })
            .WithMessage(_ => Bilingual.Text($"至少选择一个授权范围：{string.Join(", ", ClientScopes.All)}。", $"Choose at least one scope: {string.Join(", ", ClientScopes.All)}."));
        RuleForEach(c => c.Scopes).Must(s => ClientScopes.Permissions.ContainsKey(s))
            .WithMessage(_ => Bilingual.Text($"授权范围无效；可选：{string.Join(", ", ClientScopes.All)}。", $"Unknown scope; choose from {string.Join(", ", ClientScopes.All)}."));
        RuleFor(c => c.DataScope).Must(s => BuildingBlocks.Security.DataScope.TryParse(s, out var scope) && scope.Kind == DataScopeKind.Region)
            .WithMessage(_ => Bilingual.Text("外部系统的数据范围须为 region:六位区划代码。", "An external system's data scope is region:<six-digit code>."));
    }
}

internal static class ClientDescriptors
{
    public static async Task<ApiClient> DescribeAsync(this IOpenIddictApplicationManager applications, object application, CancellationToken cancellationToken)
    {
        var permissions = await applications.GetPermissionsAsync(application, cancellationToken);
        var properties = await applications.GetPropertiesAsync(application, cancellationToken);
        return new ApiClient(
            (await applications.GetClientIdAsync(application, cancellationToken))!,
            await applications.GetDisplayNameAsync(application, cancellationToken) ?? "",
            permissions.Where(p => p.StartsWith(Permissions.Prefixes.Scope, StringComparison.Ordinal))
                .Select(p => p[Permissions.Prefixes.Scope.Length..]).Order(StringComparer.Ordinal).ToList(),
            properties.TryGetValue(TokenEndpoint.DataScopeProperty, out var scope) ? scope.GetString() ?? "" : "");
    }

    public static async Task<object> FindAsync(this IOpenIddictApplicationManager applications, string clientId, CancellationToken cancellationToken) =>
        await applications.FindByClientIdAsync(clientId, cancellationToken) ?? throw new NotFoundException("未找到该外部系统。", "No such API client.");
}

public sealed class RegisterClientHandler(IOpenIddictApplicationManager applications, IRegistryReader registry, ICurrentUser administrator)
    : ICommandHandler<RegisterClientCommand, ApiClientCredentials>
{
    public async ValueTask<ApiClientCredentials> Handle(RegisterClientCommand command, CancellationToken cancellationToken)
    {
        await registry.EnsureGrantableAsync(administrator, command.DataScope!, cancellationToken);
        var secret = AccessSetup.NewSecret(40);
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = "lw-" + Guid.CreateVersion7().ToString("N")[..20],
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            DisplayName = command.DisplayName,
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
        };
        foreach (var scope in command.Scopes!.Distinct())
        {
            descriptor.Permissions.Add(Permissions.Prefixes.Scope + scope);
        }

        descriptor.Properties[TokenEndpoint.DataScopeProperty] = JsonSerializer.SerializeToElement(command.DataScope);
        var application = await applications.CreateAsync(descriptor, cancellationToken);
        return new ApiClientCredentials(await applications.DescribeAsync(application, cancellationToken), secret);
    }
}

public sealed class RotateClientSecretHandler(IOpenIddictApplicationManager applications)
    : ICommandHandler<RotateClientSecretCommand, ApiClientCredentials>
{
    public async ValueTask<ApiClientCredentials> Handle(RotateClientSecretCommand command, CancellationToken cancellationToken)
    {
        var application = await applications.FindAsync(command.ClientId, cancellationToken);
        var descriptor = new OpenIddictApplicationDescriptor();
        await applications.PopulateAsync(descriptor, application, cancellationToken);
        var secret = AccessSetup.NewSecret(40);
        descriptor.ClientSecret = secret;
        await applications.UpdateAsync(application, descriptor, cancellationToken);
        return new ApiClientCredentials(await applications.DescribeAsync(application, cancellationToken), secret);
    }
}

public sealed class RemoveClientHandler(IOpenIddictApplicationManager applications) : ICommandHandler<RemoveClientCommand, Unit>
{
    public async ValueTask<Unit> Handle(RemoveClientCommand command, CancellationToken cancellationToken)
    {
        await applications.DeleteAsync(await applications.FindAsync(command.ClientId, cancellationToken), cancellationToken);
        return Unit.Value;
    }
}

public sealed class ClientListHandler(IOpenIddictApplicationManager applications) : IQueryHandler<ClientListQuery, IReadOnlyList<ApiClient>>
{
    public async ValueTask<IReadOnlyList<ApiClient>> Handle(ClientListQuery query, CancellationToken cancellationToken)
    {
        var clients = new List<ApiClient>();
        await foreach (var application in applications.ListAsync(count: null, offset: null, cancellationToken))
        {
            clients.Add(await applications.DescribeAsync(application, cancellationToken));
        }

        return clients.OrderBy(c => c.DisplayName, StringComparer.Ordinal).ToList();
    }
}
