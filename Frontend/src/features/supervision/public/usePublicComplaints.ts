import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import type { PublicComplaintCommand } from '../common/supervisionApi';

/** 投诉 by the public: answers with the receipt number and the lookup code (shown once). Not retried: a retry could file it twice. */
export function useSubmitPublicComplaint() {
  return useMutation({
    mutationFn: (body: PublicComplaintCommand) => unwrap(apiClient.POST('/api/public/complaints', { body })),
  });
}

export interface ProgressLookup {
  receiptNumber: string;
  lookupCode: string;
}

/** 投诉查询: the state and milestones of one complaint, for whoever holds its receipt number and lookup code. */
export function useComplaintProgress(lookup: ProgressLookup | undefined) {
  return useQuery({
    // The code is part of the question, not of the answer: a wrong code is a different (404) answer.
    queryKey: ['public', 'complaints', lookup?.receiptNumber ?? '', lookup?.lookupCode ?? ''] as const,
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/public/complaints/{receiptNumber}', {
          params: { path: { receiptNumber: lookup!.receiptNumber }, query: { lookupCode: lookup!.lookupCode } },
          signal,
        }),
      ),
    enabled: lookup !== undefined,
    staleTime: 0,
  });
}
