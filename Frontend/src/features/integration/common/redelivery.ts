import { ApiError } from '../../../shared/api/client';
import type { DeliveryEntry } from './integrationApi';

/**
 * Whether a delivery may be sent again: a parked one (once the receiver is fixed) or a delivered one
 * the receiver says it lost. A pending one is on its way already (the host answers 409 `already-pending`).
 */
export const canRedeliver = (delivery: Pick<DeliveryEntry, 'state'>): boolean =>
  delivery.state === 'DeadLettered' || delivery.state === 'Delivered';

/** Whether a refusal means the record has moved on since it was read (409, 412), so what is shown must be read again. */
export const isOutdated = (error: unknown): boolean =>
  error instanceof ApiError && (error.problem.status === 409 || error.problem.status === 412);
