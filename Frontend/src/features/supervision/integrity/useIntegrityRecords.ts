import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import type { IntegrityKind, SubjectKind } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { supervisionKeys, type RecordIntegrityCommand } from '../common/supervisionApi';

/** The latest decisions first: the host's default order. */
export const defaultIntegritySort = '-decidedOn';

export function useIntegrityRecordList(state: ListState) {
  const { filters } = state;
  const query = {
    kind: filters.kind as IntegrityKind | undefined,
    subject: filters.subject as SubjectKind | undefined,
    regionCode: filters.regionCode,
    decidedFrom: filters.decidedFrom,
    decidedTo: filters.decidedTo,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: supervisionKeys.integrityList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/integrity-records', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** 录入奖惩: the list is read again. Not retried (the host takes no Idempotency-Key here). */
export function useRecordIntegrity() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordIntegrityCommand) => unwrap(apiClient.POST('/api/supervision/integrity-records', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.integrityLists() }),
  });
}
