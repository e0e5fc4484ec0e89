import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import type { AuditOutcome } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { auditKeys } from '../common/auditApi';

/** Newest first: what an auditor looks at first. The only sort the host offers is by recordedAt. */
export const defaultAuditSort = '-recordedAt';

/** The list's filters as ListAuditRecords / ExportAuditRecords take them (the URL holds them as text). */
function auditFilters(filters: ListState['filters']) {
  return {
    actor: filters.actor,
    operation: filters.operation,
    targetType: filters.targetType,
    targetId: filters.targetId,
    regionCode: filters.regionCode,
    outcome: filters.outcome as AuditOutcome | undefined,
    from: filters.from,
    to: filters.to,
  };
}

export function useAuditRecordList(state: ListState) {
  const query = { ...auditFilters(state.filters), sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: auditKeys.recordList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/audit/records', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the filtered records as CSV (oldest first, as the host streams them; the export is itself recorded). */
export function exportAuditRecords(state: Pick<ListState, 'filters'>) {
  return downloadFile(
    apiClient.GET('/api/audit/records/export', {
      params: { query: { format: 'csv', ...auditFilters(state.filters) } },
      parseAs: 'blob',
    }),
    'audit-records.csv',
  );
}
