namespace LawyerWork.BuildingBlocks.Persistence;

/// <summary>
/// A context that knows the request (scope) it serves. Contexts' options are built once for the host
/// (ModuleDatabaseRegistration), so the options' application service provider is the root one; what
/// a save needs from its request (the audit actor, the outbox signal) comes from here instead.
/// </summary>
public interface IRequestServices
{
    /// <summary>The scope's services when the context came from dependency injection; null when built by hand (tools, tests).</summary>
    IServiceProvider? RequestServices { get; }
}
