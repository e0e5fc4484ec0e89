import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import type { ComplaintState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import {
  overdueParam,
  supervisionKeys,
  useCaseStep,
  type AttachmentView,
  type ComplaintStepCommand,
  type FileComplaintCommand,
} from '../common/supervisionApi';

/** Latest first: the host's default order of the ledger. */
export const defaultComplaintSort = '-filedAt';

/** The ledger's filters as ListComplaints / ExportComplaints take them (the URL holds them as text). */
function complaintFilters(filters: ListState['filters']) {
  return {
    state: filters.state as ComplaintState | undefined,
    regionCode: filters.regionCode,
    overdue: overdueParam(filters.overdue),
    handler: filters.handler,
    filedFrom: filters.filedFrom,
    filedTo: filters.filedTo,
    lawyerId: filters.lawyerId,
    firmId: filters.firmId,
  };
}

export function useComplaintList(state: ListState) {
  const query = { ...complaintFilters(state.filters), sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: supervisionKeys.complaintList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/supervision/complaints', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** Downloads the filtered ledger as CSV (the server names the file; latest first). */
export function exportComplaints(state: Pick<ListState, 'filters'>) {
  return downloadFile(
    apiClient.GET('/api/supervision/complaints/export', {
      params: { query: { format: 'csv', ...complaintFilters(state.filters) } },
      parseAs: 'blob',
    }),
    'complaints.csv',
  );
}

/** One complaint with its ETag (what a step must name in If-Match). */
export function useComplaint(id: string) {
  return useQuery({
    queryKey: supervisionKeys.complaint(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/supervision/complaints/{id}', { params: { path: { id } }, signal })),
    // A step is taken on what is stored now.
    staleTime: 0,
  });
}

/**
 * 登记投诉: the answer holds the lookup code, shown once; the ledger is read again. Not retried: the
 * host takes no Idempotency-Key here, so a retry could file the complaint twice.
 */
export function useFileComplaint() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FileComplaintCommand) => unwrap(apiClient.POST('/api/supervision/complaints', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.complaintLists() }),
  });
}

const stepPaths = {
  acceptance: '/api/supervision/complaints/{id}/acceptance',
  rejection: '/api/supervision/complaints/{id}/rejection',
  notes: '/api/supervision/complaints/{id}/notes',
  decision: '/api/supervision/complaints/{id}/decision',
  penalty: '/api/supervision/complaints/{id}/penalty',
  notification: '/api/supervision/complaints/{id}/notification',
  closure: '/api/supervision/complaints/{id}/closure',
  reopening: '/api/supervision/complaints/{id}/reopening',
} as const;

export type ComplaintStep = keyof typeof stepPaths;

export function useComplaintStep(id: string) {
  return useCaseStep({ detail: supervisionKeys.complaint(id), lists: supervisionKeys.complaintLists() }, (step: ComplaintStep, body: ComplaintStepCommand, etag: string) =>
    unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { id }, header: { 'If-Match': etag } }, body })),
  );
}

/** Evidence up to 5 MiB, as the host takes it (AttachToComplaint); the complaint is read again (its history records the upload). */
export const maxAttachmentBytes = 5 * 1024 * 1024;
export const attachmentTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

export function useAttachToComplaint(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File): Promise<AttachmentView> => {
      const form = new FormData();
      form.append('file', file);
      return unwrap(
        apiClient.POST('/api/supervision/complaints/{id}/attachments', {
          params: { path: { id } },
          // The typed body names the part; the request sends the multipart form itself.
          body: { file: file.name },
          bodySerializer: () => form,
        }),
      );
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supervisionKeys.complaint(id) }),
  });
}

/** Downloads one attachment under its own name. */
export function downloadComplaintAttachment(id: string, attachment: AttachmentView) {
  return downloadFile(
    apiClient.GET('/api/supervision/complaints/{id}/attachments/{attachmentId}', {
      params: { path: { id, attachmentId: attachment.id } },
      parseAs: 'blob',
    }),
    attachment.fileName,
  );
}
