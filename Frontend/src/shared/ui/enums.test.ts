import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
// The document schema.d.ts is generated from (npm run check:api keeps the two in step).
import document from '../../../../docs/api/openapi.v1.json';
import { enumLabel, enumValues, measureLabel, type EnumName } from './enums';

const openApi = document as unknown as { components: { schemas: Record<string, { enum?: string[] }> } };

const schemaOf: Record<EnumName, string> = {
  firmStatus: 'FirmStatus',
  lawyerStatus: 'LawyerStatus',
  lawyerCategory: 'LawyerCategory',
  gender: 'Gender',
  organisationForm: 'OrganisationForm',
  firmSizeBand: 'FirmSizeBand',
  specialty: 'Specialty',
  nameMatch: 'NameMatch',
  organisationKind: 'OrganisationKind',
  auditOutcome: 'AuditOutcome',
  auditBreak: 'AuditBreak',
  outboxState: 'OutboxState',
  deliveryState: 'DeliveryState',
  complaintState: 'ComplaintState',
  complaintChannel: 'ComplaintChannel',
  complaintOutcome: 'ComplaintOutcome',
  subjectKind: 'SubjectKind',
  disciplineKind: 'DisciplineKind',
  penaltyKind: 'PenaltyKind',
  notificationChannel: 'NotificationChannel',
  integrityKind: 'IntegrityKind',
  rightsCaseState: 'RightsCaseState',
  obstructionKind: 'ObstructionKind',
  satisfaction: 'Satisfaction',
  questionKind: 'QuestionKind',
  surveyState: 'SurveyState',
  responseState: 'ResponseState',
  modelFirmState: 'ModelFirmState',
  assessmentState: 'AssessmentState',
  assessmentResult: 'AssessmentResult',
  meetingKind: 'MeetingKind',
  committeeRole: 'CommitteeRole',
};

type Tree = { [key: string]: string | Tree };
const leaf = (tree: Tree, path: string[]) => path.reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);

describe('Enum labels', () => {
  it.each(Object.entries(schemaOf))('%s lists exactly the values of the API’s %s', (name, schema) => {
    expect([...enumValues[name as EnumName]].sort()).toEqual([...(openApi.components.schemas[schema]?.enum ?? [])].sort());
  });

  it('have a label for every value in both languages', () => {
    for (const [name, values] of Object.entries(enumValues)) {
      for (const value of values) {
        expect(typeof leaf(zhCN, ['enums', name, value]), `zh-CN enums.${name}.${value}`).toBe('string');
        expect(typeof leaf(en, ['enums', name, value]), `en enums.${name}.${value}`).toBe('string');
      }
    }
  });

  it('label in the interface language', async () => {
    expect(enumLabel(i18next.t, 'lawyerCategory', 'LegalAid')).toBe('法律援助');
    await i18next.changeLanguage('en');
    expect(enumLabel(i18next.t, 'lawyerCategory', 'LegalAid')).toBe('Legal aid');
  });

  it('name integrity measures in words, and show an unknown one as sent', async () => {
    expect(measureLabel(i18next.t, 'Reward:Commendation')).toBe('表彰奖励');
    expect(measureLabel(i18next.t, 'Discipline:PublicCensure')).toBe('行业处分：公开谴责');
    expect(measureLabel(i18next.t, 'Penalty:PracticeSuspension')).toBe('行政处罚：停止执业');
    expect(measureLabel(i18next.t, 'Penalty:Exile')).toBe('Penalty:Exile');
    await i18next.changeLanguage('en');
    expect(measureLabel(i18next.t, 'Penalty:PracticeSuspension')).toBe('Administrative penalty: Suspension from practice');
  });
});
