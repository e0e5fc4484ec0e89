import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  enumLabel,
  type AssessmentState,
  type ComplaintState,
  type ModelFirmState,
  type ResponseState,
  type RightsCaseState,
  type SurveyState,
} from '../../../shared/ui/enums';

/** The colour of each state, by how far along it is; per kind of record (and its enum's name). */
const colours = {
  complaintState: {
    Received: 'blue',
    Rejected: 'default',
    Investigating: 'processing',
    Referred: 'purple',
    Decided: 'cyan',
    Notified: 'geekblue',
    Closed: 'success',
  } satisfies Record<ComplaintState, string>,
  rightsCaseState: {
    Received: 'blue',
    Rejected: 'default',
    Accepted: 'processing',
    Coordinating: 'purple',
    Answered: 'cyan',
    Closed: 'success',
  } satisfies Record<RightsCaseState, string>,
  surveyState: { Draft: 'default', Open: 'processing', Closed: 'success' } satisfies Record<SurveyState, string>,
  responseState: { Pending: 'orange', Draft: 'processing', Submitted: 'success' } satisfies Record<ResponseState, string>,
  modelFirmState: {
    Nominated: 'blue',
    Reviewed: 'processing',
    Designated: 'success',
    NotDesignated: 'default',
    Revoked: 'red',
  } satisfies Record<ModelFirmState, string>,
  assessmentState: { SelfReporting: 'orange', Submitted: 'blue', Reviewed: 'processing', Decided: 'success' } satisfies Record<AssessmentState, string>,
};

const enumOf = {
  complaint: 'complaintState',
  rights: 'rightsCaseState',
  survey: 'surveyState',
  response: 'responseState',
  modelFirm: 'modelFirmState',
  assessment: 'assessmentState',
} as const;

type CaseStateTagProps =
  | { kind: 'complaint'; state: ComplaintState }
  | { kind: 'rights'; state: RightsCaseState }
  | { kind: 'survey'; state: SurveyState }
  | { kind: 'response'; state: ResponseState }
  | { kind: 'modelFirm'; state: ModelFirmState }
  | { kind: 'assessment'; state: AssessmentState };

/** A supervision record's state (a complaint, a rights case, a survey, a firm's answers, …), coloured by how far along it is. */
export function CaseStateTag({ kind, state }: CaseStateTagProps) {
  const { t } = useTranslation();
  const name = enumOf[kind];
  const colour = (colours[name] as Record<string, string>)[state];
  return <Tag color={colour}>{enumLabel(t, name, state as never)}</Tag>;
}
