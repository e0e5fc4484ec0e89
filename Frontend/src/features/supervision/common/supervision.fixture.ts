import type { ComplaintDetails, ComplaintSummary, IntegrityRecordView, RightsCaseDetails, RightsCaseSummary } from './supervisionApi';

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
