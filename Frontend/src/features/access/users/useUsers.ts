import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned, type Versioned } from '../../../shared/api/client';
import type { ListState } from '../../../shared/ui/listState';
import { accessKeys, type CreateUserCommand, type UpdateUserCommand, type UserSummary } from '../common/accessApi';

export function useUserList(state: ListState) {
  const query = { name: state.filters.name, role: state.filters.role, sort: state.sort, page: state.page, pageSize: state.pageSize };
  return useQuery({
    queryKey: accessKeys.userList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/access/users', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One account with its ETag (what an update must name in If-Match). */
export function useUser(id: string | undefined) {
  return useQuery({
    queryKey: accessKeys.user(id ?? ''),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/access/users/{id}', { params: { path: { id: id! } }, signal })),
    enabled: Boolean(id),
    // An edit starts from what is stored now.
    staleTime: 0,
  });
}

/** After any change: the account as the server now has it, and every list that may show it. */
function useStoreUser() {
  const queryClient = useQueryClient();
  return (user: Versioned<UserSummary>) => {
    queryClient.setQueryData(accessKeys.user(user.data.id), user);
    void queryClient.invalidateQueries({ queryKey: accessKeys.userLists() });
  };
}

export function useCreateUser() {
  const store = useStoreUser();
  return useMutation({
    mutationFn: async (body: CreateUserCommand) => {
      const { data, error, response } = await apiClient.POST('/api/access/users', { body });
      const created = await unwrap(Promise.resolve({ data, error, response }));
      return { ...created, etag: response.headers.get('ETag') ?? `"${created.user.version}"` };
    },
    onSuccess: (created) => store({ data: created.user, etag: created.etag }),
  });
}

export function useUpdateUser(id: string) {
  const store = useStoreUser();
  return useMutation({
    mutationFn: ({ body, etag }: { body: UpdateUserCommand; etag: string }) =>
      unwrapVersioned(apiClient.PUT('/api/access/users/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: store,
  });
}

export type UserStep = 'disable' | 'enable';

const stepPaths = {
  disable: '/api/access/users/{id}/disablement',
  enable: '/api/access/users/{id}/enablement',
} as const;

export function useChangeUserStatus() {
  const store = useStoreUser();
  return useMutation({
    mutationFn: ({ id, step, etag }: { id: string; step: UserStep; etag: string }) =>
      unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: store,
  });
}

/** A new temporary password (in this answer only); a lockout is lifted too. */
export function useResetPassword() {
  const store = useStoreUser();
  return useMutation({
    mutationFn: async ({ id, etag }: { id: string; etag: string }) => {
      const { data, error, response } = await apiClient.POST('/api/access/users/{id}/password-reset', {
        params: { path: { id }, header: { 'If-Match': etag } },
      });
      const reset = await unwrap(Promise.resolve({ data, error, response }));
      return { ...reset, etag: response.headers.get('ETag') ?? `"${reset.user.version}"` };
    },
    onSuccess: (reset) => store({ data: reset.user, etag: reset.etag }),
  });
}
