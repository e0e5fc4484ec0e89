using Microsoft.Extensions.DependencyInjection;

namespace LawyerWork.BuildingBlocks.Outbox;

/// <summary>An integration event as a subscriber receives it: the outbox message's id (the deduplication key) and its data.</summary>
public sealed record IntegrationEvent<TEvent>(Guid Id, Guid AggregateId, DateTimeOffset OccurredAt, TEvent Data);

/// <summary>
/// A module's reaction to another module's integration event. Delivery is at least once, so a
/// handler must be idempotent: derive from <see cref="IntegrationEventConsumer{TEvent, TContext}"/>,
/// which records the event id in the consumer's inbox in the same transaction as its effects.
/// </summary>
public interface IIntegrationEventHandler<TEvent>
{
    Task HandleAsync(IntegrationEvent<TEvent> integrationEvent, CancellationToken cancellationToken);
}

/// <summary>One subscriber of one event type; the dispatcher delivers a message to every subscription of its type.</summary>
public sealed record IntegrationEventSubscription(Type EventType, Type HandlerType, Func<IServiceProvider, OutboxMessage, CancellationToken, Task> Deliver)
{
    public string EventName => EventType.Name;

    public string Consumer => HandlerType.Name;
}

public static class IntegrationEventRegistration
{
    /// <summary>Subscribes <typeparamref name="THandler"/> to <typeparamref name="TEvent"/> (outbox messages of type <c>TEvent.Name</c>).</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        services.AddSingleton(new IntegrationEventSubscription(typeof(TEvent), typeof(THandler), (provider, message, cancellationToken) =>
        {
            var data = (TEvent)message.Deserialize(typeof(TEvent));
            return provider.GetRequiredService<THandler>().HandleAsync(
                new IntegrationEvent<TEvent>(message.Id, message.AggregateId, message.OccurredAt, data), cancellationToken);
        }));
        return services;
    }
}
