import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap } from '../../../shared/api/client';
import { accessKeys, type RegisterClientCommand } from '../common/accessApi';

/** Every registered external system (never a secret): a short list, not paged. */
export function useClients() {
  return useQuery({
    queryKey: accessKeys.clients,
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/access/clients', { signal })),
  });
}

function useRefreshClients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: accessKeys.clients });
}

export function useRegisterClient() {
  const refresh = useRefreshClients();
  return useMutation({
    mutationFn: (body: RegisterClientCommand) => unwrap(apiClient.POST('/api/access/clients', { body })),
    onSuccess: refresh,
  });
}

/** A new secret (shown once); the old one stops working at once. */
export function useRotateClientSecret() {
  return useMutation({
    mutationFn: (clientId: string) => unwrap(apiClient.POST('/api/access/clients/{clientId}/secret', { params: { path: { clientId } } })),
  });
}

export function useRemoveClient() {
  const refresh = useRefreshClients();
  return useMutation({
    mutationFn: (clientId: string) => unwrap(apiClient.DELETE('/api/access/clients/{clientId}', { params: { path: { clientId } } })),
    onSuccess: refresh,
  });
}
