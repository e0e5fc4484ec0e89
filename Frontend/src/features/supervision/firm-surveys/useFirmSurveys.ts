import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import { supervisionKeys, useCaseStep, type SurveyAnswers } from '../common/supervisionApi';

/** The surveys sent to the caller's firm, open ones first (a short list: no paging). */
export function useFirmSurveyList() {
  return useQuery({
    queryKey: supervisionKeys.firmSurveyList(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/firm-surveys', { signal })),
  });
}

/** One survey with the firm's answers; its ETag is the version of those answers. */
export function useFirmSurvey(surveyId: string) {
  return useQuery({
    queryKey: supervisionKeys.firmSurvey(surveyId),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/firm-surveys/{surveyId}', { params: { path: { surveyId } }, signal })),
    staleTime: 0,
  });
}

export type AnswerStep = 'save' | 'submission';

/**
 * 保存草稿 (PUT …/answers) or 提交 (POST …/submission), both with If-Match naming the answers' version;
 * a 409 (already submitted, or the survey closed) or 412 reads the firm's answers again.
 */
export function useAnswerSurvey(surveyId: string) {
  return useCaseStep(
    { detail: supervisionKeys.firmSurvey(surveyId), lists: supervisionKeys.firmSurveyList() },
    (step: AnswerStep, answers: SurveyAnswers, etag: string) => {
      const init = { params: { path: { surveyId }, header: { 'If-Match': etag } }, body: { answers } };
      return unwrapVersioned(
        step === 'save'
          ? apiClient.PUT('/api/supervision/firm-surveys/{surveyId}/answers', init)
          : apiClient.POST('/api/supervision/firm-surveys/{surveyId}/submission', init),
      );
    },
  );
}
