import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import type { ObstructionKind, RightsCaseState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import {
  overdueParam,
  supervisionKeys,
  useCaseStep,
  type ReportObstructionCommand,
  type RightsStepCommand,
} from '../common/supervisionApi';

/** Latest first: the host's default order of the ledger. */
export const defaultRightsSort = '-reportedAt';

/** The ledger's filters as ListRightsCases / ExportRightsCases take them (the URL holds them as text). */
function rightsFilters(filters: ListState['filters']) {
  return {
    state: filters.state as RightsCaseState | undefined,
    regionCode: filters.regionCode,
    overdue: overdueParam(filters.overdue),
    obstruction: filters.obstruction as ObstructionKind | undefined,
    lawyerId: filters.lawyerId,
    handler: filters.handler,
    reportedFrom: filters.reportedFrom,
    reportedTo: filters.reportedTo,
  };
}

export function useRightsCaseList(state: ListState) {
  const query = { ...rightsFilters(state.filters), sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: supervisionKeys.rightsCaseList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/rights-cases', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the filtered ledger as CSV (the server names the file). */
export function exportRightsCases(state: Pick<ListState, 'filters'>) {
  return downloadFile(
    apiClient.GET('/api/supervision/rights-cases/export', {
      params: { query: { format: 'csv', ...rightsFilters(state.filters) } },
      parseAs: 'blob',
    }),
    'rights-cases.csv',
  );
}

/** One case with its ETag (what a step must name in If-Match). */
export function useRightsCase(id: string) {
  return useQuery({
    queryKey: supervisionKeys.rightsCase(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/rights-cases/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** 申请维权: the new case, stored as read (with its ETag), and the ledger read again. Not retried (the host takes no Idempotency-Key here). */
export function useReportObstruction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ReportObstructionCommand) => unwrapVersioned(apiClient.POST('/api/supervision/rights-cases', { body })),
    onSuccess: (report) => {
      queryClient.setQueryData(supervisionKeys.rightsCase(report.data.id), report);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.rightsCaseLists() });
    },
  });
}

const stepPaths = {
  acceptance: '/api/supervision/rights-cases/{id}/acceptance',
  rejection: '/api/supervision/rights-cases/{id}/rejection',
  coordination: '/api/supervision/rights-cases/{id}/coordination',
  answer: '/api/supervision/rights-cases/{id}/answer',
  closure: '/api/supervision/rights-cases/{id}/closure',
} as const;

export type RightsStep = keyof typeof stepPaths;

export function useRightsStep(id: string) {
  return useCaseStep({ detail: supervisionKeys.rightsCase(id), lists: supervisionKeys.rightsCaseLists() }, (step: RightsStep, body: RightsStepCommand, etag: string) =>
    unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}
