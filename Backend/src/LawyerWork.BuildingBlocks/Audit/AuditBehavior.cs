using Mediator;

namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Names the use case for the audit records the command's save writes, and records the command's
/// failure (in its own transaction) when it fails: a failed command leaves nothing but that record.
/// Queries pass through untouched.
/// </summary>
public sealed class AuditBehavior<TMessage, TResponse>(AuditActor actor, AuditTrail trail) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly bool IsCommand = typeof(TMessage).GetInterfaces()
        .Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICommand<>));

    private static readonly string Operation = typeof(TMessage).Name.EndsWith("Command", StringComparison.Ordinal)
        ? typeof(TMessage).Name[..^"Command".Length]
        : typeof(TMessage).Name;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (!IsCommand)
        {
            return await next(message, cancellationToken);
        }

        actor.Operation = Operation;
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            await trail.RecordFailureAsync(Operation, failure, CancellationToken.None);
            throw;
        }
    }
}
