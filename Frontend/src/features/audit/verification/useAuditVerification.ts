import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import { toApiError } from '../../../shared/api/problem';
import { auditKeys } from '../common/auditApi';

/**
 * Runs the chain verification on the host (GET, but started by the auditor and never cached: each
 * run recomputes the whole chain, and an old answer proves nothing about now).
 */
export function useVerifyAuditTrail() {
  return useMutation({
    mutationFn: () => unwrap(apiClient.GET('/api/audit/verification')),
  });
}

/** The checkpoint public key (PEM), or null when the host signs no checkpoints (it answers 404). */
export function useCheckpointKey() {
  return useQuery({
    queryKey: auditKeys.checkpointKey(),
    queryFn: async ({ signal }) => {
      const { data, error, response } = await apiClient.GET('/api/audit/checkpoint-key', { parseAs: 'text', signal });
      if (response.status === 404) return null;
      if (!response.ok || error !== undefined || data === undefined) throw toApiError(error, response);
      return data;
    },
    staleTime: 60 * 60_000,
  });
}
