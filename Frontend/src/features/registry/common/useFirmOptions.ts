import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import type { FirmStatus } from '../../../shared/ui/enums';
import { fetchFirm, registryKeys } from './registryApi';

/** Firms whose name contains the text, for a picker (the first 20 by name). */
export function useFirmOptions(name: string, status?: FirmStatus, enabled = true) {
  const params = { name: name.trim() || undefined, status };
  return useQuery({
    queryKey: registryKeys.firmOptions(params),
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/registry/firms', {
          params: { query: { ...params, nameMatch: 'Contains', sort: 'name', pageSize: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** One firm (shared with the firms area's detail page), e.g. to name the firm a picker holds. */
export function useFirmRecord(id: string | undefined) {
  return useQuery({
    queryKey: registryKeys.firm(id ?? ''),
    queryFn: ({ signal }) => fetchFirm(id!, signal),
    enabled: Boolean(id),
  });
}
