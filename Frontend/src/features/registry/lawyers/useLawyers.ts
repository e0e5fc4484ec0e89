import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, newIdempotencyKey, retryNetworkFailureOnce, unwrap, unwrapVersioned, type components, type Versioned } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import type { LawyerCategory, LawyerStatus, NameMatch, Specialty } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { fetchLawyer, registryKeys, type LawyerDetails } from '../common/registryApi';
import type { StatusAction, StatusChange } from '../common/StatusChangeModal';

export type RegisterLawyerCommand = components['schemas']['RegisterLawyerCommand'];
export type UpdateLawyerCommand = components['schemas']['UpdateLawyerCommand'];
export type TransferLawyerCommand = components['schemas']['TransferLawyerCommand'];

const booleanOf = (value: string | undefined) => (value === 'true' ? true : value === 'false' ? false : undefined);

/** The list's filters as ListLawyers / ExportLawyers take them (the URL holds them as text). */
function lawyerFilters(filters: ListState['filters']) {
  return {
    name: filters.name,
    nameMatch: filters.nameMatch as NameMatch | undefined,
    certificateNumber: filters.certificateNumber,
    firmId: filters.firmId,
    regionCode: filters.regionCode,
    category: filters.category as LawyerCategory | undefined,
    status: filters.status as LawyerStatus | undefined,
    specialty: filters.specialty as Specialty | undefined,
    foreignRelated: booleanOf(filters.foreignRelated),
  };
}

export function useLawyerList(state: ListState) {
  const query = { ...lawyerFilters(state.filters), sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: registryKeys.lawyerList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/registry/lawyers', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the filtered, sorted lawyers as CSV (ID numbers and phones masked by the server). */
export function exportLawyers(state: Pick<ListState, 'filters' | 'sort'>) {
  return downloadFile(
    apiClient.GET('/api/registry/lawyers/export', {
      params: { query: { format: 'csv', ...lawyerFilters(state.filters), sort: state.sort } },
      parseAs: 'blob',
    }),
    'lawyers.csv',
  );
}

export function useLawyer(id: string) {
  return useQuery({
    queryKey: registryKeys.lawyer(id),
    queryFn: ({ signal }) => fetchLawyer(id, signal),
  });
}

/** After any change: the record as the server now has it, every lawyer list, and the firms (their counts). */
function useStoreLawyer() {
  const queryClient = useQueryClient();
  return (lawyer: Versioned<LawyerDetails>) => {
    queryClient.setQueryData(registryKeys.lawyer(lawyer.data.id), lawyer);
    void queryClient.invalidateQueries({ queryKey: registryKeys.lawyerLists() });
    // A firm's practising-lawyer count (and its version) changes with its lawyers.
    void queryClient.invalidateQueries({ queryKey: registryKeys.firms });
  };
}

export function useRegisterLawyer() {
  const store = useStoreLawyer();
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: RegisterLawyerCommand; idempotencyKey: string }) =>
      unwrapVersioned(
        apiClient.POST('/api/registry/lawyers', { body, headers: { 'Idempotency-Key': idempotencyKey } }),
      ),
    retry: retryNetworkFailureOnce,
    onSuccess: store,
  });
}

export { newIdempotencyKey };

export function useUpdateLawyer(id: string) {
  const store = useStoreLawyer();
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateLawyerCommand; etag: string }) =>
      unwrapVersioned(
        apiClient.PUT('/api/registry/lawyers/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
      ),
    onSuccess: store,
  });
}

export function useTransferLawyer(id: string) {
  const store = useStoreLawyer();
  return useMutation({
    mutationFn: ({ body, etag }: { body: TransferLawyerCommand; etag: string }) =>
      unwrapVersioned(
        apiClient.POST('/api/registry/lawyers/{id}/transfer', { params: { path: { id }, header: { 'If-Match': etag } }, body }),
      ),
    onSuccess: store,
  });
}

const statusPaths = {
  suspend: '/api/registry/lawyers/{id}/suspension',
  reinstate: '/api/registry/lawyers/{id}/reinstatement',
  cancel: '/api/registry/lawyers/{id}/cancellation',
} as const;

export function useChangeLawyerStatus(id: string) {
  const store = useStoreLawyer();
  return useMutation({
    mutationFn: ({ action, change, etag }: { action: StatusAction; change: StatusChange; etag: string }) =>
      unwrapVersioned(
        apiClient.POST(statusPaths[action], { params: { path: { id }, header: { 'If-Match': etag } }, body: change }),
      ),
    onSuccess: store,
  });
}
