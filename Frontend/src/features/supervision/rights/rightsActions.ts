import type { RightsCaseState } from '../../../shared/ui/enums';
import type { RightsStep } from './useRightsCases';

/** The steps each state allows (RightsCase on the server); the rights-protection centre takes them all. */
const stepsByState: Record<RightsCaseState, readonly RightsStep[]> = {
  Received: ['acceptance', 'rejection'],
  Accepted: ['coordination', 'answer'],
  Coordinating: ['coordination', 'answer'],
  Answered: ['closure'],
  Rejected: [],
  Closed: [],
};

/** The steps a caller who handles rights cases may take now; nothing for anyone else (a lawyer follows their own case). */
export function rightsActions(state: RightsCaseState, mayHandle: boolean): RightsStep[] {
  return mayHandle ? [...stepsByState[state]] : [];
}
