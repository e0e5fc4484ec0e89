import type { TFunction } from 'i18next';
import type { components } from '../api/client';

type Schemas = components['schemas'];
export type FirmStatus = Schemas['FirmStatus'];
export type LawyerStatus = Schemas['LawyerStatus'];
export type LawyerCategory = Schemas['LawyerCategory'];
export type Gender = Schemas['Gender'];
export type OrganisationForm = Schemas['OrganisationForm'];
export type FirmSizeBand = Schemas['FirmSizeBand'];
export type Specialty = Schemas['Specialty'];
export type NameMatch = Schemas['NameMatch'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type AuditOutcome = Schemas['AuditOutcome'];
export type AuditBreak = Schemas['AuditBreak'];
export type OutboxState = Schemas['OutboxState'];
export type DeliveryState = Schemas['DeliveryState'];
export type ComplaintState = Schemas['ComplaintState'];
export type ComplaintChannel = Schemas['ComplaintChannel'];
export type ComplaintOutcome = Schemas['ComplaintOutcome'];
export type SubjectKind = Schemas['SubjectKind'];
export type DisciplineKind = Schemas['DisciplineKind'];
export type PenaltyKind = Schemas['PenaltyKind'];
export type NotificationChannel = Schemas['NotificationChannel'];
export type IntegrityKind = Schemas['IntegrityKind'];
export type RightsCaseState = Schemas['RightsCaseState'];
export type ObstructionKind = Schemas['ObstructionKind'];
export type Satisfaction = Schemas['Satisfaction'];
export type QuestionKind = Schemas['QuestionKind'];
export type SurveyState = Schemas['SurveyState'];
export type ResponseState = Schemas['ResponseState'];
export type ModelFirmState = Schemas['ModelFirmState'];
export type AssessmentState = Schemas['AssessmentState'];
export type AssessmentResult = Schemas['AssessmentResult'];
export type MeetingKind = Schemas['MeetingKind'];
export type CommitteeRole = Schemas['CommitteeRole'];

/** Every value of an enum, in display order; a Record so that a value added to the API is a compile error here. */
const valuesOf = <T extends string>(record: Record<T, true>): T[] => Object.keys(record) as T[];

export const enumValues = {
  firmStatus: valuesOf<FirmStatus>({ Practising: true, Suspended: true, Cancelled: true, Revoked: true }),
  lawyerStatus: valuesOf<LawyerStatus>({ Practising: true, Suspended: true, Cancelled: true, Revoked: true }),
  lawyerCategory: valuesOf<LawyerCategory>({ FullTime: true, PartTime: true, PublicSector: true, Corporate: true, LegalAid: true }),
  gender: valuesOf<Gender>({ Male: true, Female: true }),
  organisationForm: valuesOf<OrganisationForm>({
    GeneralPartnership: true,
    SpecialGeneralPartnership: true,
    Sole: true,
    StateFunded: true,
  }),
  firmSizeBand: valuesOf<FirmSizeBand>({ Small: true, Medium: true, Large: true }),
  specialty: valuesOf<Specialty>({
    Criminal: true,
    Civil: true,
    Commercial: true,
    Administrative: true,
    Labour: true,
    Family: true,
    IntellectualProperty: true,
    Finance: true,
    RealEstate: true,
    ForeignRelated: true,
    Bankruptcy: true,
    Environmental: true,
    Tax: true,
    Medical: true,
  }),
  nameMatch: valuesOf<NameMatch>({ Prefix: true, Contains: true }),
  organisationKind: valuesOf<OrganisationKind>({ JusticeBureau: true, BarAssociation: true }),
  auditOutcome: valuesOf<AuditOutcome>({ Succeeded: true, Failed: true, Denied: true }),
  auditBreak: valuesOf<AuditBreak>({
    Altered: true,
    Inserted: true,
    Removed: true,
    Truncated: true,
    AlteredOrInserted: true,
    CheckpointForged: true,
  }),
  outboxState: valuesOf<OutboxState>({ Pending: true, Dispatched: true, DeadLettered: true, Skipped: true }),
  deliveryState: valuesOf<DeliveryState>({ Pending: true, Delivered: true, DeadLettered: true }),
  complaintState: valuesOf<ComplaintState>({
    Received: true,
    Rejected: true,
    Investigating: true,
    Referred: true,
    Decided: true,
    Notified: true,
    Closed: true,
  }),
  complaintChannel: valuesOf<ComplaintChannel>({ Public: true, Staff: true }),
  complaintOutcome: valuesOf<ComplaintOutcome>({ Dismissed: true, Discipline: true, Referral: true }),
  subjectKind: valuesOf<SubjectKind>({ Lawyer: true, Firm: true }),
  disciplineKind: valuesOf<DisciplineKind>({
    Admonition: true,
    Warning: true,
    CircularCriticism: true,
    PublicCensure: true,
    MembershipSuspension: true,
    MembershipRevocation: true,
  }),
  penaltyKind: valuesOf<PenaltyKind>({
    Warning: true,
    Fine: true,
    Confiscation: true,
    PracticeSuspension: true,
    FirmRectification: true,
    CertificateRevocation: true,
    LicenceRevocation: true,
    NoPenalty: true,
  }),
  notificationChannel: valuesOf<NotificationChannel>({ Phone: true, Sms: true, Letter: true, Email: true, InPerson: true }),
  integrityKind: valuesOf<IntegrityKind>({ Reward: true, Sanction: true }),
  rightsCaseState: valuesOf<RightsCaseState>({
    Received: true,
    Rejected: true,
    Accepted: true,
    Coordinating: true,
    Answered: true,
    Closed: true,
  }),
  obstructionKind: valuesOf<ObstructionKind>({
    MeetingClient: true,
    ReadingFiles: true,
    CollectingEvidence: true,
    SpeakingInCourt: true,
    PersonalSafety: true,
    Other: true,
  }),
  satisfaction: valuesOf<Satisfaction>({ Satisfied: true, BasicallySatisfied: true, Dissatisfied: true }),
  questionKind: valuesOf<QuestionKind>({ SingleChoice: true, MultipleChoice: true, Number: true, Text: true }),
  surveyState: valuesOf<SurveyState>({ Draft: true, Open: true, Closed: true }),
  responseState: valuesOf<ResponseState>({ Pending: true, Draft: true, Submitted: true }),
  modelFirmState: valuesOf<ModelFirmState>({ Nominated: true, Reviewed: true, Designated: true, NotDesignated: true, Revoked: true }),
  assessmentState: valuesOf<AssessmentState>({ SelfReporting: true, Submitted: true, Reviewed: true, Decided: true }),
  assessmentResult: valuesOf<AssessmentResult>({ Qualified: true, BasicallyQualified: true, Unqualified: true }),
  meetingKind: valuesOf<MeetingKind>({ StandingCouncil: true, PresidentsOffice: true }),
  committeeRole: valuesOf<CommitteeRole>({ Director: true, DeputyDirector: true, Member: true, Secretary: true }),
};

export type EnumName = keyof typeof enumValues;
type ValueOf<N extends EnumName> = (typeof enumValues)[N][number];

/** The label of one enum value in the interface language (locale key `enums.{name}.{Value}`). */
export function enumLabel<N extends EnumName>(t: TFunction, name: N, value: ValueOf<N>): string {
  // The key is built at run time; the locale test checks that every value has a text.
  return t(`enums.${name}.${value}` as never);
}

/** Select options for an enum, labelled in the interface language. */
export function enumOptions<N extends EnumName>(t: TFunction, name: N): { value: ValueOf<N>; label: string }[] {
  return (enumValues[name] as ValueOf<N>[]).map((value) => ({ value, label: enumLabel(t, name, value) }));
}

/**
 * An integrity record's measure as the host writes it (`Reward:Commendation`, `Discipline:<kind>`,
 * `Penalty:<kind>`), in words: 表彰奖励, 行业处分：警告, 行政处罚：停止执业. A measure this build does not
 * know (a newer host) shows as sent.
 */
export function measureLabel(t: TFunction, measure: string): string {
  const [family, kind] = measure.split(':') as [string, string | undefined];
  if (measure === 'Reward:Commendation') return t('enums.measure.Commendation');
  if (family === 'Discipline' && enumValues.disciplineKind.some((value) => value === kind)) {
    return t('enums.measure.discipline', { kind: enumLabel(t, 'disciplineKind', kind as DisciplineKind) });
  }
  if (family === 'Penalty' && enumValues.penaltyKind.some((value) => value === kind)) {
    return t('enums.measure.penalty', { kind: enumLabel(t, 'penaltyKind', kind as PenaltyKind) });
  }
  return measure;
}

