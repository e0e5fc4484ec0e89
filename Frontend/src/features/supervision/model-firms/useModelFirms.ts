import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import type { FirmSizeBand, ModelFirmState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { supervisionKeys, yearParam, useCaseStep, type ModelFirmStepCommand, type NominateModelFirmCommand } from '../common/supervisionApi';

/** Latest nominations first: the host's default order. */
export const defaultModelFirmSort = '-nominatedAt';


export function useModelFirmList(state: ListState) {
  const { filters } = state;
  const query = {
    year: yearParam(filters.year),
    state: filters.state as ModelFirmState | undefined,
    regionCode: filters.regionCode,
    sizeBand: filters.sizeBand as FirmSizeBand | undefined,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: supervisionKeys.modelFirmList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/model-firms', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One nomination with its ETag (what each step must name in If-Match). */
export function useModelFirm(id: string) {
  return useQuery({
    queryKey: supervisionKeys.modelFirm(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/model-firms/{id}', { params: { path: { id } }, signal })),
    staleTime: 0,
  });
}

/** 推荐示范所: the nomination, stored as read, and the lists read again. Not retried (no Idempotency-Key here). */
export function useNominateModelFirm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NominateModelFirmCommand) => unwrapVersioned(apiClient.POST('/api/supervision/model-firms', { body })),
    onSuccess: (nomination) => {
      queryClient.setQueryData(supervisionKeys.modelFirm(nomination.data.id), nomination);
      void queryClient.invalidateQueries({ queryKey: supervisionKeys.modelFirmLists() });
    },
  });
}

const stepPaths = {
  review: '/api/supervision/model-firms/{id}/review',
  designation: '/api/supervision/model-firms/{id}/designation',
  declining: '/api/supervision/model-firms/{id}/declining',
  revocation: '/api/supervision/model-firms/{id}/revocation',
} as const;

export type ModelFirmStep = keyof typeof stepPaths;

export function useModelFirmStep(id: string) {
  return useCaseStep({ detail: supervisionKeys.modelFirm(id), lists: supervisionKeys.modelFirmLists() }, (step: ModelFirmStep, body: ModelFirmStepCommand, etag: string) =>
    unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}
