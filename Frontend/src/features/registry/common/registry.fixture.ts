import type { FirmDetails, FirmSummary, LawyerDetails, LawyerSummary } from './registryApi';

export const firmId = '01a21518-2a9e-707d-be96-6e96c54f4594';
export const lawyerId = '01a21518-3955-7b3d-981e-323939c5ea27';

/** 吉林正道律师事务所 as GET /api/registry/firms/{id} returns it. */
export function firmDetails(overrides: Partial<FirmDetails> = {}): FirmDetails {
  return {
    id: firmId,
    name: '吉林正道律师事务所',
    uscc: '31220100MD00000011',
    licenceNumber: '32201200910000001',
    organisationForm: 'GeneralPartnership',
    sizeBand: 'Medium',
    regionCode: '220104',
    regionName: '朝阳区',
    director: '王正',
    address: '长春市朝阳区人民大街1号',
    phone: null,
    foundedOn: '2009-05-01',
    branchOfId: null,
    status: 'Practising',
    statusChangedOn: null,
    statusReason: null,
    suspendedUntil: null,
    practisingLawyerCount: 1,
    createdAt: '2026-11-25T23:43:55.038422+00:00',
    updatedAt: '2026-11-25T23:43:55.038422+00:00',
    version: 3,
    ...overrides,
  };
}

export function firmSummary(overrides: Partial<FirmSummary> = {}): FirmSummary {
  const { id, name, uscc, organisationForm, sizeBand, regionCode, regionName, director, foundedOn, status, practisingLawyerCount } =
    firmDetails();
  return { id, name, uscc, organisationForm, sizeBand, regionCode, regionName, director, foundedOn, status, practisingLawyerCount, ...overrides };
}

/** 张三 as GET /api/registry/lawyers/{id} returns him to a caller who may read personal data. */
export function lawyerDetails(overrides: Partial<LawyerDetails> = {}): LawyerDetails {
  return {
    id: lawyerId,
    name: '张三',
    gender: 'Male',
    idNumber: '22010219900307425X',
    phone: '13812345678',
    birthDate: '1990-03-07',
    personalDataMasked: false,
    certificateNumber: '12201201011000123',
    category: 'FullTime',
    firmId,
    firmName: '吉林正道律师事务所',
    employer: null,
    regionCode: '220104',
    regionName: '朝阳区',
    firstPracticeYear: 2010,
    foreignRelated: false,
    languages: [],
    specialties: ['Civil'],
    status: 'Practising',
    statusChangedOn: '2026-11-25',
    statusReason: null,
    suspendedUntil: null,
    needsNewFirm: false,
    unqualifiedInYear: null,
    firmHistory: [
      { firmId: '01a21518-0000-7000-8000-000000000001', firmName: '吉林旧所律师事务所', from: '2010-07-01', to: '2019-12-31' },
      { firmId, firmName: '吉林正道律师事务所', from: '2020-01-01', to: null },
    ],
    createdAt: '2026-11-25T23:43:58.805741+00:00',
    updatedAt: '2026-11-25T23:43:58.805741+00:00',
    version: 0,
    ...overrides,
  };
}

export function lawyerSummary(overrides: Partial<LawyerSummary> = {}): LawyerSummary {
  const l = lawyerDetails();
  return {
    id: l.id,
    name: l.name,
    gender: l.gender,
    certificateNumber: l.certificateNumber,
    category: l.category,
    firmId: l.firmId,
    firmName: l.firmName,
    employer: l.employer,
    regionCode: l.regionCode,
    regionName: l.regionName,
    firstPracticeYear: l.firstPracticeYear,
    foreignRelated: l.foreignRelated,
    status: l.status,
    ...overrides,
  };
}

/** A page of a list as every list endpoint returns it. */
export function listPage<T>(items: T[], { page = 1, pageSize = 20, totalCount = items.length } = {}) {
  return { items, page, pageSize, totalCount, nextCursor: null };
}
