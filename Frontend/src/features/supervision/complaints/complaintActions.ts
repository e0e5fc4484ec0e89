import { permissions, type Permission } from '../../../shared/auth/session';
import type { ComplaintState } from '../../../shared/ui/enums';
import type { ComplaintStep } from './useComplaints';

/** The steps each state allows (Complaint on the server), with who takes them: the association, or the bureau for a penalty. */
const stepsByState: Record<ComplaintState, readonly ComplaintStep[]> = {
  Received: ['acceptance', 'rejection'],
  Investigating: ['notes', 'decision'],
  Referred: ['penalty'],
  Decided: ['notification'],
  Rejected: ['notification'],
  Notified: ['closure'],
  Closed: ['reopening'],
};

const permissionOf = (step: ComplaintStep): Permission =>
  step === 'penalty' ? permissions.penaltiesDecide : permissions.complaintsHandle;

/** The steps this caller may take on a complaint in this state; the host refuses others (403, or 409 for the state). */
export function complaintActions(state: ComplaintState, can: (permission: Permission) => boolean): ComplaintStep[] {
  return stepsByState[state].filter((step) => can(permissionOf(step)));
}
