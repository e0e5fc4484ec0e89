import type {
  AssessmentDetails,
  ComplaintDetails,
  ComplaintSummary,
  FirmSurvey,
  IntegrityRecordView,
  ModelFirmView,
  RightsCaseDetails,
  RightsCaseSummary,
  SurveyDetails,
  SurveySummary,
} from './supervisionApi';

export const complaintId = '01a21518-cccc-7000-8000-000000000001';
export const rightsCaseId = '01a21518-dddd-7000-8000-000000000001';
const lawyerId = '01a21518-3955-7b3d-981e-323939c5ea27';
const firmId = '01a21518-2a9e-707d-be96-6e96c54f4594';

/** A complaint against 张三 as GET /api/supervision/complaints/{id} returns it to a handler: under investigation. */
export function complaintDetails(overrides: Partial<ComplaintDetails> = {}): ComplaintDetails {
  return {
    id: complaintId,
    receiptNumber: 'TS2026-ABC234',
    channel: 'Public',
    complainantName: '钱投诉',
    complainantPhone: '13912345678',
    personalDataMasked: false,
    lawyerId,
    firmId: null,
    subjectName: '张三',
    regionCode: '220104',
    summary: '收取代理费后未出庭',
    details: '委托该律师代理民事诉讼，开庭时律师未到庭。',
    state: 'Investigating',
    handlerId: 'u-1',
    handlerName: '长春律协投诉中心',
    deadlineStep: 'ComplaintInvestigation',
    dueOn: '2027-02-24',
    daysLeft: 60,
    overdue: false,
    filedAt: '2026-11-20T02:00:00+00:00',
    closedAt: null,
    steps: [
      { kind: 'Filed', at: '2026-11-20T02:00:00+00:00', actorName: 'anonymous', note: null },
      { kind: 'Accepted', at: '2026-11-21T02:00:00+00:00', actorName: '长春律协投诉中心', note: '指定专人调查' },
    ],
    attachments: [],
    version: 3,
    ...overrides,
  };
}

/** The same complaint as the ledger lists it. */
export function complaintSummary(overrides: Partial<ComplaintSummary> = {}): ComplaintSummary {
  const c = complaintDetails();
  return {
    id: c.id,
    receiptNumber: c.receiptNumber,
    channel: c.channel,
    subjectName: c.subjectName,
    lawyerId: c.lawyerId,
    firmId: c.firmId,
    regionCode: c.regionCode,
    summary: c.summary,
    state: c.state,
    handlerName: c.handlerName,
    deadlineStep: c.deadlineStep,
    dueOn: c.dueOn,
    daysLeft: c.daysLeft,
    overdue: c.overdue,
    filedAt: c.filedAt,
    version: c.version,
    ...overrides,
  };
}

/** 张三's report of a refused meeting with his client, accepted by the rights-protection centre. */
export function rightsCaseDetails(overrides: Partial<RightsCaseDetails> = {}): RightsCaseDetails {
  return {
    id: rightsCaseId,
    receiptNumber: 'WQ2026-XYZ789',
    lawyerId,
    lawyerName: '张三',
    firmId,
    regionCode: '220104',
    obstruction: 'MeetingClient',
    authority: '长春市第一看守所',
    occurredOn: '2026-11-18',
    account: '持三证要求会见，看守所以“需办案机关同意”为由拒绝。',
    state: 'Accepted',
    handlerId: 'u-2',
    handlerName: '长春律协维权中心',
    deadlineStep: 'RightsCoordination',
    dueOn: '2026-12-02',
    daysLeft: 4,
    overdue: false,
    answer: null,
    satisfaction: undefined,
    reportedAt: '2026-11-18T08:00:00+00:00',
    closedAt: null,
    steps: [
      { kind: 'Reported', at: '2026-11-18T08:00:00+00:00', actorName: '张三', note: null },
      { kind: 'Accepted', at: '2026-11-19T08:00:00+00:00', actorName: '长春律协维权中心', note: null },
    ],
    version: 2,
    ...overrides,
  };
}

export function rightsCaseSummary(overrides: Partial<RightsCaseSummary> = {}): RightsCaseSummary {
  const r = rightsCaseDetails();
  return {
    id: r.id,
    receiptNumber: r.receiptNumber,
    lawyerId: r.lawyerId,
    lawyerName: r.lawyerName,
    regionCode: r.regionCode,
    obstruction: r.obstruction,
    authority: r.authority,
    occurredOn: r.occurredOn,
    state: r.state,
    handlerName: r.handlerName,
    deadlineStep: r.deadlineStep,
    dueOn: r.dueOn,
    daysLeft: r.daysLeft,
    overdue: r.overdue,
    reportedAt: r.reportedAt,
    version: r.version,
    ...overrides,
  };
}

/** The 停止执业 of 张三 decided by the 长春 bureau on a referred complaint. */
export function integrityRecord(overrides: Partial<IntegrityRecordView> = {}): IntegrityRecordView {
  return {
    id: '01a21518-eeee-7000-8000-000000000001',
    kind: 'Sanction',
    subject: 'Lawyer',
    subjectId: lawyerId,
    subjectName: '张三',
    regionCode: '220104',
    measure: 'Penalty:PracticeSuspension',
    title: '行政处罚：停止执业6个月',
    decidedBy: '长春市司法局',
    documentNumber: '长司罚决字〔2026〕第1号',
    decidedOn: '2026-11-25',
    effectiveUntil: '2027-05-25',
    disclosedUntil: '2029-11-25',
    complaintId,
    recordedAt: '2026-11-25T03:00:00+00:00',
    version: 0,
    ...overrides,
  };
}

export const surveyId = '01a21518-ffff-7000-8000-000000000001';
export const questionIds = ['01a21518-f001-7000-8000-000000000001', '01a21518-f002-7000-8000-000000000002', '01a21518-f003-7000-8000-000000000003', '01a21518-f004-7000-8000-000000000004'];

/** A draft survey of the province's small sole firms: one question of each kind. */
export function surveyDetails(overrides: Partial<SurveyDetails> = {}): SurveyDetails {
  return {
    id: surveyId,
    title: '小型律所经营状况调研',
    description: '了解小型个人所的业务和人员情况。',
    state: 'Draft',
    ownerRegionCode: '220000',
    targetRegionCode: '220100',
    targetSizeBands: ['Small'],
    targetForms: ['Sole'],
    closesOn: '2027-01-31',
    targetCount: 0,
    createdBy: '李明',
    createdAt: '2026-11-20T02:00:00+00:00',
    openedAt: null,
    closedAt: null,
    questions: [
      { id: questionIds[0]!, position: 1, kind: 'SingleChoice', text: '主要业务领域', options: ['民事', '刑事'], required: true, min: null, max: null },
      { id: questionIds[1]!, position: 2, kind: 'MultipleChoice', text: '开展的公益服务', options: ['法律援助', '普法宣传', '值班律师'], required: false, min: null, max: null },
      { id: questionIds[2]!, position: 3, kind: 'Number', text: '执业律师人数', options: [], required: true, min: 1, max: 50 },
      { id: questionIds[3]!, position: 4, kind: 'Text', text: '意见和建议', options: [], required: false, min: null, max: null },
    ],
    version: 0,
    ...overrides,
  };
}

export function surveySummary(overrides: Partial<SurveySummary> = {}): SurveySummary {
  const s = surveyDetails();
  return {
    id: s.id,
    title: s.title,
    state: s.state,
    targetRegionCode: s.targetRegionCode,
    closesOn: s.closesOn,
    targetCount: s.targetCount,
    submitted: 0,
    createdAt: s.createdAt,
    version: s.version,
    ...overrides,
  };
}

/** The same survey as sent to a firm, not yet answered. */
export function firmSurvey(overrides: Partial<FirmSurvey> = {}): FirmSurvey {
  const s = surveyDetails({ state: 'Open' });
  return {
    surveyId: s.id,
    title: s.title,
    description: s.description,
    closesOn: s.closesOn,
    surveyState: 'Open',
    state: 'Pending',
    questions: s.questions,
    answers: {},
    submittedAt: null,
    version: 0,
    ...overrides,
  };
}

export const modelFirmId = '01a21518-abab-7000-8000-000000000001';

/** 吉林正道律师事务所 nominated by the province for 2026, not yet reviewed. */
export function modelFirm(overrides: Partial<ModelFirmView> = {}): ModelFirmView {
  return {
    id: modelFirmId,
    firmId,
    firmName: '吉林正道律师事务所',
    regionCode: '220104',
    sizeBand: 'Medium',
    year: 2026,
    nominatedBy: '李明',
    nominationReason: '党建和公益法律服务突出。',
    state: 'Nominated',
    scores: [],
    totalScore: null,
    reviewNote: null,
    designatedFrom: null,
    designatedUntil: null,
    documentNumber: null,
    revocationReason: null,
    nominatedAt: '2026-11-20T02:00:00+00:00',
    version: 0,
    ...overrides,
  };
}

export const assessmentId = '01a21518-acac-7000-8000-000000000001';
export const sanctionedLawyerId = '01a21518-3955-7b3d-981e-000000000002';

/** 吉林正道律师事务所's 2025 assessment, opened: 张三, and 李四 who was sanctioned in the year. */
export function assessmentDetails(overrides: Partial<AssessmentDetails> = {}): AssessmentDetails {
  return {
    id: assessmentId,
    year: 2025,
    firmId,
    firmName: '吉林正道律师事务所',
    regionCode: '220104',
    state: 'SelfReporting',
    selfReport: null,
    opinion: null,
    firmResultReason: null,
    decidedBy: null,
    submittedAt: null,
    decidedAt: null,
    lawyers: [
      { lawyerId, lawyerName: '张三', sanctionedInYear: false },
      { lawyerId: sanctionedLawyerId, lawyerName: '李四', sanctionedInYear: true },
    ],
    version: 0,
    ...overrides,
  };
}
