import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, unwrapWithETag } from '../../../shared/api/client';
import type { DeliveryState } from '../../../shared/ui/enums';
import type { ListState } from '../../../shared/ui/listState';
import { integrationKeys, type DeliveryChannel } from './integrationApi';
import { isOutdated } from './redelivery';

/** Newest first: the host's order, and what an administrator looks for after a failure. */
export const defaultDeliverySort = '-occurredAt';

/** Which log a page shows: the national system's, or one subscription's. */
export type DeliveryScope = { channel: DeliveryChannel; subscriptionId?: undefined } | { channel?: undefined; subscriptionId: string };

export function useDeliveryList(scope: DeliveryScope, state: ListState) {
  const { state: deliveryState, eventType, aggregateId } = state.filters;
  const query = {
    channel: scope.channel,
    subscriptionId: scope.subscriptionId,
    state: deliveryState as DeliveryState | undefined,
    eventType,
    aggregateId,
    sort: state.sort,
    page: state.page,
    pageSize: state.pageSize,
  };
  return useQuery({
    queryKey: integrationKeys.deliveryList(query),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/integration/deliveries', { params: { query }, signal })),
    placeholderData: keepPreviousData,
  });
}

/** One delivery with the JSON sent, and its ETag (what a redelivery names in If-Match). */
export function useDelivery(id: string | undefined) {
  return useQuery({
    queryKey: integrationKeys.delivery(id ?? ''),
    queryFn: ({ signal }) =>
      unwrapWithETag(
        apiClient.GET('/api/integration/deliveries/{id}', { params: { path: { id: id! } }, signal }),
        (details) => details.delivery.version,
      ),
    enabled: Boolean(id),
    // A decision to send again is taken on what is stored now.
    staleTime: 0,
  });
}

/**
 * Sends a delivery again, naming the version it was read at (a row's, or the drawer's ETag).
 * Afterwards, and after a 409/412 (someone or the dispatcher moved it meanwhile), the delivery, the
 * logs and the national counts are read again.
 */
export function useRedeliver() {
  const queryClient = useQueryClient();
  const refreshLogs = () => {
    void queryClient.invalidateQueries({ queryKey: integrationKeys.deliveryLists() });
    void queryClient.invalidateQueries({ queryKey: integrationKeys.nationalStatus() });
  };
  return useMutation({
    mutationFn: ({ id, etag }: { id: string; etag: string }) =>
      unwrapWithETag(
        apiClient.POST('/api/integration/deliveries/{id}/redeliver', { params: { path: { id }, header: { 'If-Match': etag } } }),
        (details) => details.delivery.version,
      ),
    onSuccess: (delivery, { id }) => {
      queryClient.setQueryData(integrationKeys.delivery(id), delivery);
      refreshLogs();
    },
    onError: (error, { id }) => {
      if (isOutdated(error)) {
        void queryClient.invalidateQueries({ queryKey: integrationKeys.delivery(id) });
        refreshLogs();
      }
    },
  });
}
