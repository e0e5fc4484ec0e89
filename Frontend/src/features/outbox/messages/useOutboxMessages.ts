import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, apiClient, unwrap, unwrapVersioned } from '../../../shared/api/client';
import type { OutboxState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { outboxKeys, outboxModules } from '../common/outboxApi';

/** Oldest first: the host's order, and the order in which messages are delivered. */
export const defaultOutboxSort = 'occurredAt';

/** The state filter's value for "every state" (the API filters by state only when one is named). */
export const allStates = 'all';

/** The list opens on the dead letters of the first module: what needs an administrator. */
export const defaultOutboxFilters = { module: outboxModules[0], state: 'DeadLettered' } as const satisfies Record<string, string>;

export function useOutboxMessageList(state: ListState) {
  const { module = defaultOutboxFilters.module, state: messageState, type, aggregateId } = state.filters;
  const query = {
    state: messageState === allStates ? undefined : (messageState as OutboxState | undefined),
    type,
    aggregateId,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: outboxKeys.messageList(module, query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/outbox/{module}/messages', { params: { path: { module }, query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One message with its payload and its ETag (what a replay or skip must name in If-Match). */
export function useOutboxMessage(module: string, id: string | undefined) {
  return useQuery({
    queryKey: outboxKeys.message(module, id ?? ''),
    queryFn: ({ signal }) =>
      unwrapVersioned(apiClient.GET('/api/outbox/{module}/messages/{id}', { params: { path: { module, id: id! } }, signal })),
    enabled: Boolean(id),
    // A decision to replay or skip is taken on what is stored now.
    staleTime: 0,
  });
}

export type DeadLetterStep = 'replay' | 'skip';

const stepPaths = {
  replay: '/api/outbox/{module}/messages/{id}/replay',
  skip: '/api/outbox/{module}/messages/{id}/skip',
} as const;

/** Replays or skips a dead letter; afterwards the message as now stored, and every list that may show it. */
export function useResolveDeadLetter(module: string, id: string) {
  const queryClient = useQueryClient();
  const refreshLists = () => queryClient.invalidateQueries({ queryKey: outboxKeys.messageLists() });
  return useMutation({
    mutationFn: ({ step, reason, etag }: { step: DeadLetterStep; reason: string | null; etag: string }) =>
      unwrapVersioned(apiClient.POST(stepPaths[step], { params: { path: { module, id }, header: { 'If-Match': etag } }, body: { reason } })),
    onSuccess: (message) => {
      queryClient.setQueryData(outboxKeys.message(module, id), message);
      void refreshLists();
    },
    onError: (error) => {
      // 409 (no longer a dead letter) and 412 (changed since it was read): another administrator acted
      // first, so show what is stored now behind the explanation.
      if (error instanceof ApiError && (error.problem.status === 409 || error.problem.status === 412)) {
        void queryClient.invalidateQueries({ queryKey: outboxKeys.message(module, id) });
        void refreshLists();
      }
    },
  });
}
