import { enumValues, type PenaltyKind, type SubjectKind } from '../../../shared/ui/enums';

/**
 * What the Lawyers Law allows for each penalty, as the host checks it (PenaltyRules on the server):
 * who a penalty can apply to, its period in months, and whether it carries an amount.
 */
const subjectOf: Partial<Record<PenaltyKind, SubjectKind>> = {
  PracticeSuspension: 'Lawyer',
  CertificateRevocation: 'Lawyer',
  FirmRectification: 'Firm',
  LicenceRevocation: 'Firm',
};

/** 停止执业 three months to a year (art. 47–49), 停业整顿 one to six months (art. 50). */
const monthsAllowed: Partial<Record<PenaltyKind, readonly [number, number]>> = {
  PracticeSuspension: [3, 12],
  FirmRectification: [1, 6],
};

export const penaltyMonthsRange = (penalty: PenaltyKind | undefined) => (penalty ? monthsAllowed[penalty] : undefined);

export const penaltyNeedsAmount = (penalty: PenaltyKind | undefined) => penalty === 'Fine' || penalty === 'Confiscation';

/** The penalties that can apply to a lawyer or to a firm (every one when the subject is not known). */
export function penaltiesFor(subject: SubjectKind | null | undefined): PenaltyKind[] {
  return enumValues.penaltyKind.filter((penalty) => !subject || !subjectOf[penalty] || subjectOf[penalty] === subject);
}
