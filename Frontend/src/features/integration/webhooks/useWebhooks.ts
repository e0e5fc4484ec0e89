import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapVersioned, unwrapWithETag, type Versioned } from '../../../shared/api/client';
import type { ListState } from '../../../shared/ui/listState';
import {
  integrationKeys,
  type ChangeWebhookSubscriptionCommand,
  type CreateWebhookSubscriptionCommand,
  type WebhookSubscription,
  type WebhookSubscriptionWithSecret,
} from '../common/integrationApi';

/** The active filter as the URL holds it ('true' / 'false') and the API takes it. */
const activeOf = (value: string | undefined): boolean | undefined => (value === 'true' ? true : value === 'false' ? false : undefined);

export function useWebhookList(state: ListState) {
  const query = {
    clientId: state.filters.clientId,
    active: activeOf(state.filters.active),
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: integrationKeys.webhookList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/integration/webhooks', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One subscription (never its secret) with its ETag. */
export function useWebhook(id: string) {
  return useQuery({
    queryKey: integrationKeys.webhook(id),
    queryFn: ({ signal }) => unwrapVersioned(apiClient.GET('/api/integration/webhooks/{id}', { params: { path: { id } }, signal })),
  });
}

/** A subscription with its new secret, and the subscription's ETag (the answer's header names the subscription's version). */
const withSecret = (call: Promise<{ data?: WebhookSubscriptionWithSecret; error?: unknown; response: Response }>) =>
  unwrapWithETag(call, (answer) => answer.subscription.version);

/** After any change: the subscription as now stored (the secret is not kept), and every list that may show it. */
function useStoreWebhook() {
  const queryClient = useQueryClient();
  return (subscription: Versioned<WebhookSubscription>) => {
    queryClient.setQueryData(integrationKeys.webhook(subscription.data.id), subscription);
    void queryClient.invalidateQueries({ queryKey: integrationKeys.webhookLists() });
  };
}

/** Subscribes a client; the answer holds the signing secret, this once. Not retried: the host takes no Idempotency-Key here. */
export function useCreateWebhook() {
  const store = useStoreWebhook();
  return useMutation({
    mutationFn: (body: CreateWebhookSubscriptionCommand) => withSecret(apiClient.POST('/api/integration/webhooks', { body })),
    onSuccess: ({ data, etag }) => store({ data: data.subscription, etag }),
  });
}

/** Changes the URL, event types and description, or pauses/resumes (active), against the version read. */
export function useChangeWebhook(id: string) {
  const store = useStoreWebhook();
  return useMutation({
    mutationFn: ({ body, etag }: { body: ChangeWebhookSubscriptionCommand; etag: string }) =>
      unwrapVersioned(apiClient.PUT('/api/integration/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } }, body })),
    onSuccess: store,
  });
}

/** A new signing secret (shown once); the old one stops signing at once. */
export function useRotateWebhookSecret(id: string) {
  const store = useStoreWebhook();
  return useMutation({
    mutationFn: (etag: string) =>
      withSecret(apiClient.POST('/api/integration/webhooks/{id}/rotate-secret', { params: { path: { id }, header: { 'If-Match': etag } } })),
    onSuccess: ({ data, etag }) => store({ data: data.subscription, etag }),
  });
}

/** Removes the subscription (with what still waited for it), against the version read; the lists forget it. */
export function useRemoveWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (etag: string) => {
      const { error, response } = await apiClient.DELETE('/api/integration/webhooks/{id}', { params: { path: { id }, header: { 'If-Match': etag } } });
      if (!response.ok) throw error ?? new Error(String(response.status));
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: integrationKeys.webhook(id) });
      void queryClient.invalidateQueries({ queryKey: integrationKeys.webhookLists() });
    },
  });
}
