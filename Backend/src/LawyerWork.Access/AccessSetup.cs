using System.Security.Cryptography;
using LawyerWork.BuildingBlocks.Persistence;
using LawyerWork.BuildingBlocks.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Validation.AspNetCore;

namespace LawyerWork.Access;

/// <summary>
/// Sign-in for people (Identity's cookie, antiforgery, lockout, TOTP) and for external systems
/// (OAuth 2.0 client credentials through OpenIddict), behind one policy scheme that picks by what
/// the request carries. docs/security.md describes the model.
/// </summary>
public static class AccessSetup
{
    public const string Scheme = "LawyerWork";
    public const string SessionCookie = "lawyerwork.session";
    public const string AntiforgeryCookie = "lawyerwork.antiforgery";
    public const string AntiforgeryHeader = "X-XSRF-TOKEN";
    public const string ReadableAntiforgeryCookie = "XSRF-TOKEN";

    // extraScheme: a scheme the host adds for some requests (the Testing header scheme), and when it applies.
    public static AuthenticationBuilder AddLawyerWorkAccess(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment,
        (string Name, Func<HttpContext, bool> Applies)? extraScheme = null)
    {
        services.AddDbContext<AccessDbContext>(
            (provider, options) =>
            {
                provider.GetRequiredService<IModuleDatabase>().Configure(options, AccessDbContext.Schema);
                options.UseOpenIddict<Guid>();
            },
            contextLifetime: ServiceLifetime.Scoped,
            optionsLifetime: ServiceLifetime.Singleton);
        services.AddSingleton(new ModuleDbContextType(typeof(AccessDbContext), AccessDbContext.Schema, HasOutbox: false));

        // One key ring for all hosts: a cookie or antiforgery token issued by one host is read by any other.
        services.AddDataProtection().SetApplicationName("LawyerWork").PersistKeysToDbContext<AccessDbContext>();

        services.AddIdentityCore<AccessUser>(identity =>
            {
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.Password.RequiredLength = 12;
                identity.Password.RequireNonAlphanumeric = false;
                identity.User.RequireUniqueEmail = false;
                identity.SignIn.RequireConfirmedAccount = false;
            })
            .AddSignInManager()
            .AddEntityFrameworkStores<AccessDbContext>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<AccessClaims>();

        // OWASP's figure for PBKDF2-HMAC-SHA512; older hashes are upgraded when their owner signs in.
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = configuration.GetValue("Access:PasswordHashIterations", 210_000));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<IApiClientDirectory, Clients.ApiClientDirectory>();
        services.AddTransient<IClaimsTransformation, PermissionClaims>();

        var plainHttp = environment.IsDevelopment() || environment.IsEnvironment("Testing");
        services.AddAntiforgery(o =>
        {
            o.HeaderName = AntiforgeryHeader;
            o.Cookie.Name = AntiforgeryCookie;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });

        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = Scheme;
            o.DefaultChallengeScheme = Scheme;
            o.DefaultForbidScheme = Scheme;
        });
        authentication.AddPolicyScheme(Scheme, "Cookie, bearer token or test headers", o => o.ForwardDefaultSelector = context =>
            context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
                : extraScheme is { } extra && extra.Applies(context) ? extra.Name
                : IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o =>
        {
            o.Cookie.Name = SessionCookie;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = plainHttp ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;

            // An API never redirects to a login page: 401 and 403, which the one error path makes problems.
            o.Events.OnRedirectToLogin = c => { c.Response.StatusCode = StatusCodes.Status401Unauthorized; return Task.CompletedTask; };
            o.Events.OnRedirectToAccessDenied = c => { c.Response.StatusCode = StatusCodes.Status403Forbidden; return Task.CompletedTask; };
        }));

        // The keys are read when the token server first needs them, not while the services are put
        // together: tools that build the host without serving (migrate, create-admin, the OpenAPI CLI)
        // need no token keys. KeysCheck makes a serving host fail at start instead.
        services.AddOptions<OpenIddict.Server.OpenIddictServerOptions>().Configure(options =>
        {
            options.SigningCredentials.Add(new SigningCredentials(SigningKey(configuration, "Access:Tokens:SigningKey"), SecurityAlgorithms.RsaSha256));
            options.EncryptionCredentials.Add(new EncryptingCredentials(
                EncryptionKey(configuration, "Access:Tokens:EncryptionKey"), SecurityAlgorithms.Aes256KW, SecurityAlgorithms.Aes256CbcHmacSha512));
        });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<AccessDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                server.SetTokenEndpointUris("/connect/token");
                server.AllowClientCredentialsFlow();
                server.RegisterScopes([.. ClientScopes.All]);
                server.SetAccessTokenLifetime(TimeSpan.FromHours(1));

                // A row per access token would grow without end for machine clients; tokens are self-contained.
                server.DisableTokenStorage();
                var aspNetCore = server.UseAspNetCore().EnableTokenEndpointPassthrough();
                if (plainHttp)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });

        return authentication;
    }

    /// <summary>
    /// Token keys come from configuration (a secret store in production), never made at start: every
    /// host must sign and read the same tokens, and ephemeral keys cost seconds per start. Signing is
    /// RSA (an RSA private key as PEM, or base64 DER in PKCS#8 or PKCS#1); encryption a 256-bit symmetric key (base64).
    /// </summary>
    private static RsaSecurityKey SigningKey(IConfiguration configuration, string name)
    {
        var value = Required(configuration, name);
        var rsa = RSA.Create();
        if (value.StartsWith("-----BEGIN", StringComparison.Ordinal))
        {
            rsa.ImportFromPem(value);
        }
        else
        {
            var der = Convert.FromBase64String(value);
            try
            {
                rsa.ImportPkcs8PrivateKey(der, out _);
            }
            catch (CryptographicException)
            {
                rsa.ImportRSAPrivateKey(der, out _);
            }
        }

        return rsa.KeySize >= 2048 ? new RsaSecurityKey(rsa) : throw new InvalidOperationException($"{name} must be an RSA key of at least 2048 bits.");
    }

    private static SymmetricSecurityKey EncryptionKey(IConfiguration configuration, string name)
    {
        var bytes = Convert.FromBase64String(Required(configuration, name));
        return bytes.Length == 32 ? new SymmetricSecurityKey(bytes) : throw new InvalidOperationException($"{name} must be 32 bytes (base64).");
    }

    private static string Required(IConfiguration configuration, string name) =>
        configuration[name] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not configured (docs/security.md says how to make and rotate it).");

    /// <summary>Fails a serving host at start when its token keys are missing or unusable.</summary>
    public sealed class KeysCheck(Microsoft.Extensions.Options.IOptions<OpenIddict.Server.OpenIddictServerOptions> server) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            _ = server.Value;
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    /// <summary>A secret for people to copy once (temporary passwords, client secrets): 24 characters, no look-alikes.</summary>
    public static string NewSecret(int length = 24)
    {
        const string alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        while (true)
        {
            var secret = string.Create(length, alphabet, (span, chars) =>
            {
                for (var i = 0; i < span.Length; i++)
                {
                    span[i] = chars[RandomNumberGenerator.GetInt32(chars.Length)];
                }
            });

            // Every character class the password rules ask for, so a temporary password is always accepted.
            if (secret.Any(char.IsUpper) && secret.Any(char.IsLower) && secret.Any(char.IsDigit))
            {
                return secret;
            }
        }
    }
}
