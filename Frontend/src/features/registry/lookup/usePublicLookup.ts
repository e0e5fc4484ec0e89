import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient, unwrap, type components } from '../../../shared/api/client';
import type { ListState } from '../../../shared/ui/listState';

export type PublicLawyer = components['schemas']['PublicLawyer'];
export type PublicFirm = components['schemas']['PublicFirm'];

const publicKeys = {
  lawyers: (query: object) => ['public', 'lawyers', 'search', query] as const,
  lawyer: (certificateNumber: string) => ['public', 'lawyers', 'one', certificateNumber] as const,
  firms: (query: object) => ['public', 'firms', 'search', query] as const,
  firm: (uscc: string) => ['public', 'firms', 'one', uscc] as const,
};

/** The host searches lawyers only by a name, a certificate number or a firm (a region alone would list everyone). */
export const hasLawyerCriteria = (filters: ListState['filters']) => Boolean(filters.name || filters.certificateNumber || filters.firmName);

/** The anonymous look-up of lawyers (practice information only: never an ID number or phone); waits for a criterion. */
export function usePublicLawyerSearch(state: ListState) {
  const { name, certificateNumber, firmName, regionCode } = state.filters;
  const query = { name, certificateNumber, firmName, regionCode, page: state.page, pageSize: state.pageSize };
  const enabled = hasLawyerCriteria(state.filters);
  return useQuery({
    queryKey: publicKeys.lawyers(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/public/lawyers', { params: { query }, signal })),
    // Without a criterion the last results would linger: show the prompt instead.
    placeholderData: enabled ? keepPreviousData : undefined,
    enabled,
  });
}

export function usePublicFirmSearch(state: ListState) {
  const { name, uscc, regionCode } = state.filters;
  const query = { name, uscc, regionCode, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: publicKeys.firms(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/public/firms', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

export function usePublicLawyer(certificateNumber: string | undefined) {
  return useQuery({
    queryKey: publicKeys.lawyer(certificateNumber ?? ''),
    queryFn: ({ signal }) =>
      unwrap(apiClient.GET('/api/public/lawyers/{certificateNumber}', { params: { path: { certificateNumber: certificateNumber! } }, signal })),
    enabled: Boolean(certificateNumber),
  });
}

export function usePublicFirm(uscc: string | undefined) {
  return useQuery({
    queryKey: publicKeys.firm(uscc ?? ''),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/public/firms/{uscc}', { params: { path: { uscc: uscc! } }, signal })),
    enabled: Boolean(uscc),
  });
}
