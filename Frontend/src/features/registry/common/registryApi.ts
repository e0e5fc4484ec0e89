import { apiClient, unwrapVersioned, type components, type Versioned } from '../../../shared/api/client';

export type FirmDetails = components['schemas']['FirmDetails'];
export type FirmSummary = components['schemas']['FirmSummary'];
export type LawyerDetails = components['schemas']['LawyerDetails'];
export type LawyerSummary = components['schemas']['LawyerSummary'];

/**
 * Query keys of the Registry module, in one place because several areas read the same records
 * (the lawyers' firm picker shows a firm that the firms area loaded, and the reverse).
 */
export const registryKeys = {
  firms: ['registry', 'firms'] as const,
  firmLists: () => [...registryKeys.firms, 'list'] as const,
  firmList: (params: object) => [...registryKeys.firmLists(), params] as const,
  firmOptions: (params: object) => [...registryKeys.firms, 'options', params] as const,
  firm: (id: string) => [...registryKeys.firms, 'detail', id] as const,
  lawyers: ['registry', 'lawyers'] as const,
  lawyerLists: () => [...registryKeys.lawyers, 'list'] as const,
  lawyerList: (params: object) => [...registryKeys.lawyerLists(), params] as const,
  lawyer: (id: string) => [...registryKeys.lawyers, 'detail', id] as const,
};

/** One firm with its ETag (what an update must name in If-Match). */
export function fetchFirm(id: string, signal?: AbortSignal): Promise<Versioned<FirmDetails>> {
  return unwrapVersioned(apiClient.GET('/api/registry/firms/{id}', { params: { path: { id } }, signal }));
}

export function fetchLawyer(id: string, signal?: AbortSignal): Promise<Versioned<LawyerDetails>> {
  return unwrapVersioned(apiClient.GET('/api/registry/lawyers/{id}', { params: { path: { id } }, signal }));
}
