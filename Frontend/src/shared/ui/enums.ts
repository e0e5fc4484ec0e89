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
