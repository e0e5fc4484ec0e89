import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import type { SurveyState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { supervisionKeys, useCaseStep, type DraftSurveyCommand } from '../common/supervisionApi';

/** Newest first: the host's default order. */
export const defaultSurveySort = '-createdAt';

export function useSurveyList(state: ListState) {
  const query = { state: state.filters.state as SurveyState | undefined, sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: supervisionKeys.surveyList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/surveys', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One survey with its ETag (what a revision, opening or closing must name in If-Match). */
export function useSurvey(id: string) {
  return useQuery({
    queryKey: supervisionKeys.survey(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/surveys/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** Progress per region; read again whenever the survey changes (its version is part of the key). */
export function useSurveyProgress(id: string, version: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...supervisionKeys.surveyResults(id), 'progress', version],
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/surveys/{id}/progress', { params: { path: { id } }, signal })),
    enabled,
    staleTime: 0,
  });
}

/** The submitted answers summed up per question. */
export function useSurveySummary(id: string, version: number | undefined, enabled: boolean) {
  return useQuery({
    queryKey: [...supervisionKeys.surveyResults(id), 'summary', version],
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/surveys/{id}/summary', { params: { path: { id } }, signal })),
    enabled,
    staleTime: 0,
  });
}

/** Every target firm's answers as CSV (the server names the file). */
export function exportSurveyAnswers(id: string) {
  return downloadFile(
    apiClient.GET('/api/supervision/surveys/{id}/answers/export', { params: { path: { id } }, parseAs: 'blob' }),
    'survey-answers.csv',
  );
}

/** 新建调研: the draft, stored as read (with its ETag), and the lists read again. Not retried (no Idempotency-Key here). */
export function useDraftSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftSurveyCommand) => unwrapVersioned(apiClient.POST('/api/supervision/surveys', { body })),
    onSuccess: (survey) => {
      queryClient.setQueryData(supervisionKeys.survey(survey.data.id), survey);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.surveyLists() });
    },
  });
}

/** Revises a draft (its questions replaced as a whole) against the version the editor started from. */
export function useReviseSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ body, etag }: { body: DraftSurveyCommand; etag: string }) =>
      unwrapVersioned(apiClient.PUT('/api/supervision/surveys/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: (survey) => {
      queryClient.setQueryData(supervisionKeys.survey(id), survey);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.surveyLists() });
    },
  });
}

const stepPaths = {
  opening: '/api/supervision/surveys/{id}/opening',
  closing: '/api/supervision/surveys/{id}/closing',
} as const;

export type SurveyStep = keyof typeof stepPaths;

/** 发放 / 结束: a step without a body, with If-Match; a 409 (no target firms) or 412 reads the survey again. */
export function useSurveyStep(id: string) {
  return useCaseStep({ detail: supervisionKeys.survey(id), lists: supervisionKeys.surveyLists() }, (step: SurveyStep, _body: undefined, etag: string) =>
    unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { id }, header: { 'If-Match': etag } } })),
  );
}
