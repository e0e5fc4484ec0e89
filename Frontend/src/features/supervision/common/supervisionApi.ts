import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError, type components, type Versioned } from '../../../shared/api/client';

type Schemas = components['schemas'];
export type ComplaintSummary = Schemas['ComplaintSummary'];
export type ComplaintDetails = Schemas['ComplaintDetails'];
export type ComplaintStepCommand = Schemas['ComplaintStepCommand'];
export type FileComplaintCommand = Schemas['FileComplaintCommand'];
export type FiledComplaint = Schemas['FiledComplaint'];
export type AttachmentView = Schemas['AttachmentView'];
export type CaseStepView = Schemas['CaseStepView'];
export type RightsCaseSummary = Schemas['RightsCaseSummary'];
export type RightsCaseDetails = Schemas['RightsCaseDetails'];
export type RightsStepCommand = Schemas['RightsStepCommand'];
export type ReportObstructionCommand = Schemas['ReportObstructionCommand'];
export type IntegrityRecordView = Schemas['IntegrityRecordView'];
export type RecordIntegrityCommand = Schemas['RecordIntegrityCommand'];
export type PublicComplaintCommand = Schemas['PublicComplaintCommand'];
export type PublicComplaintReceipt = Schemas['PublicComplaintReceipt'];
export type ComplaintProgress = Schemas['ComplaintProgress'];
export type SurveySummary = Schemas['SurveySummary'];
export type SurveyDetails = Schemas['SurveyDetails'];
export type DraftSurveyCommand = Schemas['DraftSurveyCommand'];
export type QuestionInput = Schemas['QuestionInput'];
export type QuestionView = Schemas['QuestionView'];
export type SurveyProgress = Schemas['SurveyProgress'];
export type SurveySummaryReport = Schemas['SurveySummaryReport'];
export type QuestionSummary = Schemas['QuestionSummary'];
export type FirmSurvey = Schemas['FirmSurvey'];
export type ModelFirmView = Schemas['ModelFirmView'];
export type NominateModelFirmCommand = Schemas['NominateModelFirmCommand'];
export type ModelFirmStepCommand = Schemas['ModelFirmStepCommand'];
export type PublicModelFirm = Schemas['PublicModelFirm'];
export type AssessmentSummary = Schemas['AssessmentSummary'];
export type AssessmentDetails = Schemas['AssessmentDetails'];
export type AssessmentStepCommand = Schemas['AssessmentStepCommand'];
export type OpenAssessmentsCommand = Schemas['OpenAssessmentsCommand'];
export type LawyerAssessmentView = Schemas['LawyerAssessmentView'];
export type MeetingSummary = Schemas['MeetingSummary'];
export type MeetingDetails = Schemas['MeetingDetails'];
export type RecordMeetingCommand = Schemas['RecordMeetingCommand'];
export type DecisionView = Schemas['DecisionView'];
export type CommitteeDetails = Schemas['CommitteeDetails'];
export type MemberView = Schemas['MemberView'];
export type FormCommitteeCommand = Schemas['FormCommitteeCommand'];
export type AppointMemberCommand = Schemas['AppointMemberCommand'];
export type SurveyAnswers = NonNullable<Schemas['AnswerSurveyCommand']['answers']>;

/** Query keys of the Supervision module. */
export const supervisionKeys = {
  complaints: ['supervision', 'complaints'] as const,
  complaintLists: () => [...supervisionKeys.complaints, 'list'] as const,
  complaintList: (params: object) => [...supervisionKeys.complaintLists(), params] as const,
  complaint: (id: string) => [...supervisionKeys.complaints, 'detail', id] as const,
  rightsCases: ['supervision', 'rights-cases'] as const,
  rightsCaseLists: () => [...supervisionKeys.rightsCases, 'list'] as const,
  rightsCaseList: (params: object) => [...supervisionKeys.rightsCaseLists(), params] as const,
  rightsCase: (id: string) => [...supervisionKeys.rightsCases, 'detail', id] as const,
  integrity: ['supervision', 'integrity'] as const,
  integrityLists: () => [...supervisionKeys.integrity, 'list'] as const,
  integrityList: (params: object) => [...supervisionKeys.integrityLists(), params] as const,
  surveys: ['supervision', 'surveys'] as const,
  surveyLists: () => [...supervisionKeys.surveys, 'list'] as const,
  surveyList: (params: object) => [...supervisionKeys.surveyLists(), params] as const,
  survey: (id: string) => [...supervisionKeys.surveys, 'detail', id] as const,
  surveyResults: (id: string) => [...supervisionKeys.surveys, 'results', id] as const,
  modelFirms: ['supervision', 'model-firms'] as const,
  modelFirmLists: () => [...supervisionKeys.modelFirms, 'list'] as const,
  modelFirmList: (params: object) => [...supervisionKeys.modelFirmLists(), params] as const,
  modelFirm: (id: string) => [...supervisionKeys.modelFirms, 'detail', id] as const,
  publicModelFirms: (params: object) => ['supervision', 'public-model-firms', params] as const,
  assessments: ['supervision', 'assessments'] as const,
  assessmentLists: () => [...supervisionKeys.assessments, 'list'] as const,
  assessmentList: (params: object) => [...supervisionKeys.assessmentLists(), params] as const,
  assessmentProgress: (params: object) => [...supervisionKeys.assessmentLists(), 'progress', params] as const,
  assessment: (id: string) => [...supervisionKeys.assessments, 'detail', id] as const,
  meetings: ['supervision', 'meetings'] as const,
  meetingLists: () => [...supervisionKeys.meetings, 'list'] as const,
  meetingList: (params: object) => [...supervisionKeys.meetingLists(), params] as const,
  meeting: (id: string) => [...supervisionKeys.meetings, 'detail', id] as const,
  committees: ['supervision', 'committees'] as const,
  committeeList: () => [...supervisionKeys.committees, 'list'] as const,
  committee: (id: string) => [...supervisionKeys.committees, 'detail', id] as const,
  firmSurveys: ['supervision', 'firm-surveys'] as const,
  firmSurveyList: () => [...supervisionKeys.firmSurveys, 'list'] as const,
  firmSurvey: (surveyId: string) => [...supervisionKeys.firmSurveys, 'detail', surveyId] as const,
};

/** The ledgers send the overdue filter as the API's boolean; the URL holds it as text. */
export const overdueParam = (value: string | undefined): boolean | undefined =>
  value === 'true' ? true : value === 'false' ? false : undefined;

/** A year typed in a filter (or the URL), as the API's integer; nothing when it is not one. */
export const yearParam = (value: string | null | undefined): number | undefined => (value && /^\d{4}$/.test(value) ? Number(value) : undefined);

interface CaseStepKeys {
  /** The case's own query (replaced by the answer). */
  detail: QueryKey;
  /** Every list that may show the case (refetched). */
  lists: QueryKey;
}

/**
 * A step on a case (a complaint or a rights case), sent with If-Match naming the version read.
 * Afterwards the case as now stored, and every list that may show it. A 409 (the state no longer
 * allows the step) or 412 (changed since it was read) reads the case again, so that the page shows
 * what is stored now behind the modal's explanation.
 */
export function useCaseStep<Step, Body, T extends { version: number }>(
  keys: CaseStepKeys,
  send: (step: Step, body: Body, etag: string) => Promise<Versioned<T>>,
) {
  const queryClient = useQueryClient();
  const refreshLists = () => queryClient.invalidateQueries({ queryKey: keys.lists });
  return useMutation({
    mutationFn: ({ step, body, etag }: { step: Step; body: Body; etag: string }) => send(step, body, etag),
    onSuccess: (record) => {
      queryClient.setQueryData(keys.detail, record);
      void refreshLists();
    },
    onError: (error) => {
      if (error instanceof ApiError && (error.problem.status === 409 || error.problem.status === 412)) {
        void queryClient.invalidateQueries({ queryKey: keys.detail });
        void refreshLists();
      }
    },
  });
}
