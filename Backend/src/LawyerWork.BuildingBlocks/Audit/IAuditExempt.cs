namespace LawyerWork.BuildingBlocks.Audit;

/// <summary>
/// Delivery bookkeeping (like the outbox's rows) that change tracking leaves out of the trail: a
/// dispatcher updates it on every attempt, which would bury the trail's real changes. What people
/// do to such rows (a redelivery) is recorded explicitly by the operation that does it.
/// </summary>
public interface IAuditExempt;
