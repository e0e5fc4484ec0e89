using Microsoft.AspNetCore.DataProtection;

namespace LawyerWork.Modules.Integration.Webhooks;

/// <summary>Subscription secrets at rest: encrypted with the host's data-protection key ring (kept in the database, shared by every host).</summary>
public sealed class WebhookSecrets(IDataProtectionProvider provider)
{
    private readonly IDataProtector protector = provider.CreateProtector("LawyerWork.Integration.WebhookSecret.v1");

    public string Protect(string secret) => protector.Protect(secret);

    public string Reveal(string protectedSecret) => protector.Unprotect(protectedSecret);
}
