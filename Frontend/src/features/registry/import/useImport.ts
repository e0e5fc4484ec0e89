import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, type components } from '../../../shared/api/client';
import { downloadFile } from '../../../shared/api/download';
import { toApiError } from '../../../shared/api/problem';
import { registryKeys } from '../common/registryApi';

export type ImportReport = components['schemas']['ImportReport'];
export type ImportRowError = components['schemas']['ImportRowError'];
export type ImportKind = components['schemas']['ImportKind'];
type ImportProblem = components['schemas']['ImportProblem'];

const importPaths = {
  Lawyers: '/api/registry/imports/lawyers',
  Firms: '/api/registry/imports/firms',
} as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A commit refused for its rows (400 `import-has-errors`): the same counts and errors a dry run gives. */
function rejectedReport(kind: ImportKind, error: unknown): ImportReport | undefined {
  if (!isRecord(error) || error.code !== 'import-has-errors' || !Array.isArray(error.rowErrors)) return undefined;
  const problem = error as ImportProblem;
  return {
    kind,
    dryRun: false,
    rows: problem.rows ?? 0,
    valid: problem.valid ?? 0,
    errorCount: problem.errorCount ?? problem.rowErrors?.length ?? 0,
    errors: problem.rowErrors ?? [],
    created: 0,
  };
}

async function sendImport(kind: ImportKind, file: File, dryRun: boolean): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file);
  const { data, error, response } = await apiClient.POST(importPaths[kind], {
    params: { query: { dryRun } },
    // The typed body names the part; the request sends the multipart form itself.
    body: { file: file.name },
    bodySerializer: () => form,
  });
  if (response.ok && data) return data;
  const rejected = response.status === 400 ? rejectedReport(kind, error) : undefined;
  if (rejected) return rejected;
  throw toApiError(error, response);
}

/** 试运行: checks every row of the file and writes nothing. */
export function useDryRun() {
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => sendImport(kind, file, true),
  });
}

/**
 * 确认导入: all rows or none. A file the register no longer accepts (someone registered one of its
 * numbers since the dry run) comes back as a report with errors and `created` 0.
 */
export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, file }: { kind: ImportKind; file: File }) => sendImport(kind, file, false),
    onSuccess: (report) => {
      if (report.created > 0) {
        void queryClient.invalidateQueries({ queryKey: registryKeys.lawyers });
        void queryClient.invalidateQueries({ queryKey: registryKeys.firms });
      }
    },
  });
}

export function downloadTemplate(kind: ImportKind, format: 'csv' | 'xlsx') {
  const call =
    kind === 'Lawyers'
      ? apiClient.GET('/api/registry/imports/lawyers/template', { params: { query: { format } }, parseAs: 'blob' })
      : apiClient.GET('/api/registry/imports/firms/template', { params: { query: { format } }, parseAs: 'blob' });
  return downloadFile(call, `${kind.toLowerCase()}-import.${format}`);
}
