using LawyerWork.BuildingBlocks.Outbox;

namespace LawyerWork.Modules.Integration.Dispatch;

/// <summary>Wakes this host's <see cref="DeliveryDispatcher"/> when the fan-out committed new deliveries or an administrator asked for a redelivery.</summary>
public sealed class DeliverySignal : WakeSignal;
