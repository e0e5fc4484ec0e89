import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import { integrationKeys } from '../common/integrationApi';

/** Configured or not, and the national deliveries waiting, parked and delivered (read afresh on every visit). */
export function useNationalStatus() {
  return useQuery({
    queryKey: integrationKeys.nationalStatus(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/integration/national/status', { signal })),
    staleTime: 0,
  });
}

/** The reconciliation ledger between two days (`yyyy-MM-dd`, both included), newest first. */
export function useReconciliationDays(range: { from: string; to: string }) {
  return useQuery({
    queryKey: integrationKeys.reconciliation(range),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/integration/national/reconciliation', { params: { query: range }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Compares the days now (at most 31); afterwards the ledger and the counts are read again. */
export function useReconcile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { from: string | null; to: string | null }) =>
      unwrap(apiClient.POST('/api/integration/national/reconciliation', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: integrationKeys.reconciliationDays() });
      void queryClient.invalidateQueries({ queryKey: integrationKeys.nationalStatus() });
    },
  });
}
