import { useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import { integrationKeys } from './integrationApi';

/** The event catalogue: what a subscription may receive, with each type's data fields. It changes only with a new host. */
export function useEventTypes() {
  return useQuery({
    queryKey: integrationKeys.eventTypes(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/integration/event-types', { signal })),
    staleTime: Infinity,
  });
}
