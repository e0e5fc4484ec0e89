import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
// The Access module's key for the same list, so that a client registered there shows here at once.
import { accessKeys } from '../../access/common/accessApi';

/** The registered API clients (the systems a subscription belongs to): a short list, not paged. */
export function useApiClients() {
  return useQuery({
    queryKey: accessKeys.clients,
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/access/clients', { signal })),
  });
}
