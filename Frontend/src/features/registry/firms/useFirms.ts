import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, newIdempotencyKey, retryNetworkFailureOnce, unwrap, unwrapVersioned, type components, type Versioned } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import type { FirmSizeBand, FirmStatus, NameMatch, OrganisationForm } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { fetchFirm, registryKeys, type FirmDetails } from '../common/registryApi';
import type { StatusAction, StatusChange } from '../common/StatusChangeModal';

export type RegisterFirmCommand = components['schemas']['RegisterFirmCommand'];
export type UpdateFirmCommand = components['schemas']['UpdateFirmCommand'];

/** The list's filters as ListFirms / ExportFirms take them (the URL holds them as text). */
function firmFilters(filters: ListState['filters']) {
  return {
    name: filters.name,
    nameMatch: filters.nameMatch as NameMatch | undefined,
    uscc: filters.uscc,
    regionCode: filters.regionCode,
    status: filters.status as FirmStatus | undefined,
    organisationForm: filters.organisationForm as OrganisationForm | undefined,
    sizeBand: filters.sizeBand as FirmSizeBand | undefined,
  };
}

export const firmFilterNames = ['name', 'nameMatch', 'uscc', 'regionCode', 'status', 'organisationForm', 'sizeBand'] as const;

export function useFirmList(state: ListState) {
  const query = { ...firmFilters(state.filters), sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: registryKeys.firmList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/registry/firms', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the filtered, sorted firms as CSV (the server names the file). */
export function exportFirms(state: Pick<ListState, 'filters' | 'sort'>) {
  return downloadFile(
    apiClient.GET('/api/registry/firms/export', {
      params: { query: { format: 'csv', ...firmFilters(state.filters), sort: state.sort } },
      parseAs: 'blob',
    }),
    'firms.csv',
  );
}

export function useFirm(id: string) {
  return useQuery({
    queryKey: registryKeys.firm(id),
    queryFn: ({ signal }) => fetchFirm(id, signal),
  });
}

/** After any change: the record as the server now has it, and every list that may show it. */
function useStoreFirm() {
  const queryClient = useQueryClient();
  return (firm: Versioned<FirmDetails>) => {
    queryClient.setQueryData(registryKeys.firm(firm.data.id), firm);
    void queryClient.invalidateQueries({ queryKey: registryKeys.firms, predicate: (q) => q.queryKey[2] !== 'detail' });
    // Lawyers show their firm's name.
    void queryClient.invalidateQueries({ queryKey: registryKeys.lawyers });
  };
}


export function useRegisterFirm() {
  const store = useStoreFirm();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterFirmCommand; idempotencyKey: string }) =>
      unwrapVersioned(
        apiClient.POST('/api/registry/firms', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
      ),
    retry: retryNetworkFailureOnce,
    onSuccess: store,
  });
}

export { newIdempotencyKey };

export function useUpdateFirm(id: string) {
  const store = useStoreFirm();
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateFirmCommand; etag: string }) =>
      unwrapVersioned(
        apiClient.PUT('/api/registry/firms/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
      ),
    onSuccess: store,
  });
}

const statusPaths = {
  suspend: '/api/registry/firms/{id}/suspension',
  reinstate: '/api/registry/firms/{id}/reinstatement',
  cancel: '/api/registry/firms/{id}/cancellation',
} as const;

export function useChangeFirmStatus(id: string) {
  const store = useStoreFirm();
  return useMutation({
    mutationFn: ({ action, change, etag }: { action: StatusAction; change: StatusChange; etag: string }) =>
      unwrapVersioned(
        apiClient.POST(statusPaths[action], { params: { path: { id }, header: { 'If-Match': etag } }, body: change }),
      ),
    onSuccess: store,
  });
}
