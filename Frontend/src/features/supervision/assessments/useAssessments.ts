import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import type { AssessmentState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { supervisionKeys, yearParam, useCaseStep, type AssessmentStepCommand, type OpenAssessmentsCommand } from '../common/supervisionApi';


export function useAssessmentList(state: ListState) {
  const { filters } = state;
  const query = {
    year: yearParam(filters.year),
    state: filters.state as AssessmentState | undefined,
    regionCode: filters.regionCode,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: supervisionKeys.assessmentList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/assessments', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Firms per state of a year's assessment, per prefecture (or per county under one): the bureau's view. */
export function useAssessmentProgress(year: number, regionCode: string | undefined, enabled: boolean) {
  const query = { year, regionCode };
  return useQuery({
    queryKey: supervisionKeys.assessmentProgress(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/assessments/progress', { params: { query }, signal })),
    enabled,
  });
}

/** 开启年度考核: every practising firm of the region not yet opened; the lists and progress read again. */
export function useOpenAssessments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: OpenAssessmentsCommand) => unwrap(apiClient.POST('/api/supervision/assessments/opening', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.assessmentLists() }),
  });
}

/** One firm's assessment with its ETag (what each step must name in If-Match). */
export function useAssessment(id: string) {
  return useQuery({
    queryKey: supervisionKeys.assessment(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/assessments/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

const stepPaths = {
  selfReport: '/api/supervision/assessments/{id}/self-report',
  opinion: '/api/supervision/assessments/{id}/opinion',
  result: '/api/supervision/assessments/{id}/result',
} as const;

export type AssessmentStep = keyof typeof stepPaths;

export function useAssessmentStep(id: string) {
  return useCaseStep({ detail: supervisionKeys.assessment(id), lists: supervisionKeys.assessmentLists() }, (step: AssessmentStep, body: AssessmentStepCommand, etag: string) =>
    unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}
