namespace LawyerWork.Modules.Integration.Contracts;

public static class IntegrationPermissions
{
    /// <summary>Webhook subscriptions and their delivery logs, the national-system exchange and its reconciliation.</summary>
    public const string Manage = "integration.manage";
}
