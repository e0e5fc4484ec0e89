import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import { fetchLawyer, registryKeys } from './registryApi';

/** A practice certificate number is 17 digits; ListLawyers matches it exactly. */
export const isCertificateNumber = (text: string) => /^\d{17}$/.test(text);

/**
 * Lawyers for a picker (the first 20 by name): by certificate number when the text is one, else
 * by a part of the name. Digits that are not yet a whole certificate number search nothing.
 */
export function useLawyerOptions(text: string, enabled = true) {
  const term = text.trim();
  const byCertificate = isCertificateNumber(term);
  const partialNumber = !byCertificate && /^\d+$/.test(term);
  const params = byCertificate ? { certificateNumber: term } : { name: term || undefined };
  return useQuery({
    queryKey: [...registryKeys.lawyers, 'options', params] as const,
    queryFn: ({ signal }) =>
      unwrap(
        apiClient.GET('/api/registry/lawyers', {
          params: { query: { ...params, nameMatch: 'Contains', sort: 'name', pageSize: 20 } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    enabled: enabled && !partialNumber,
  });
}

/** One lawyer (shared with the lawyers area's detail page), e.g. to name the lawyer a picker holds. */
export function useLawyerRecord(id: string | undefined) {
  return useQuery({
    queryKey: registryKeys.lawyer(id ?? ''),
    queryFn: ({ signal }) => fetchLawyer(id!, signal),
    enabled: Boolean(id),
  });
}
