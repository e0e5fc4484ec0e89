import { Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { etagOf } from '../../../shared/api/client';
import { enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import type { ListState } from '../../../shared/ui/listState';
import { DeliveryDrawer } from './DeliveryDrawer';
import { DeliveryStateTag } from './DeliveryStateTag';
import type { DeliveryEntry } from './integrationApi';
import { canRedeliver } from './redelivery';
import { defaultDeliverySort, useDeliveryList, type DeliveryScope } from './useDeliveries';
import { useEventTypes } from './useEventTypes';
import { useRedeliverAction } from './useRedeliverAction';

interface DeliveryLogProps {
  scope: DeliveryScope;
  /** Shown when the log has no delivery at all (not merely none matching the filters). */
  emptyDescription: string;
}

/**
 * A delivery log (newest first) inside a page: the national system's or one subscription's, filtered
 * by state, event type and record, its filters in the URL. A row opens the delivery; a parked or
 * delivered row offers 重新投递 with If-Match naming the row's version.
 */
export function DeliveryLog({ scope, emptyDescription }: DeliveryLogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const eventTypes = useEventTypes();
  const redeliver = useRedeliverAction();
  const [opened, setOpened] = useState<string>();
  const useList = (state: ListState) => useDeliveryList(scope, state);

  const filters: ListFilter[] = [
    { name: 'state', label: t('integration.deliveries.fields.state'), options: enumOptions(t, 'deliveryState') },
    {
      name: 'eventType',
      label: t('integration.deliveries.fields.eventType'),
      options: (eventTypes.data ?? []).map((type) => ({ value: type.name, label: type.name })),
    },
    {
      name: 'aggregateId',
      label: t('integration.deliveries.fields.aggregateId'),
      placeholder: t('integration.deliveries.aggregateIdPlaceholder'),
    },
  ];

  const nowrap = { whiteSpace: 'nowrap' } as const;
  const columns: ListColumn<DeliveryEntry>[] = [
    {
      key: 'occurredAt',
      sortField: 'occurredAt',
      title: t('integration.deliveries.fields.occurredAt'),
      render: (_, entry) => <span style={nowrap}>{format.dateTimeSeconds(entry.occurredAt)}</span>,
    },
    {
      key: 'eventType',
      title: t('integration.deliveries.fields.eventType'),
      render: (_, entry) => <Typography.Text code>{entry.eventType}</Typography.Text>,
    },
    {
      key: 'aggregateId',
      title: t('integration.deliveries.fields.aggregateId'),
      render: (_, entry) => (
        <Typography.Text type="secondary" style={{ fontSize: 12, ...nowrap }}>
          {entry.aggregateId}
        </Typography.Text>
      ),
    },
    { key: 'state', title: t('integration.deliveries.fields.state'), render: (_, entry) => <DeliveryStateTag state={entry.state} /> },
    {
      key: 'attempts',
      sortField: 'attempts',
      title: t('integration.deliveries.fields.attempts'),
      align: 'right',
      render: (_, entry) => format.number(entry.attempts),
    },
    {
      key: 'lastStatusCode',
      title: t('integration.deliveries.fields.lastStatusCode'),
      align: 'right',
      render: (_, entry) => entry.lastStatusCode,
    },
    {
      key: 'lastError',
      title: t('integration.deliveries.fields.lastError'),
      render: (_, entry) =>
        entry.lastError && (
          <Typography.Text style={{ maxWidth: 280 }} ellipsis={{ tooltip: entry.lastError }}>
            {entry.lastError}
          </Typography.Text>
        ),
    },
    {
      key: 'deliveredAt',
      title: t('integration.deliveries.fields.deliveredAt'),
      render: (_, entry) => entry.deliveredAt && <span style={nowrap}>{format.dateTimeSeconds(entry.deliveredAt)}</span>,
    },
    {
      key: 'actions',
      title: t('integration.deliveries.fields.actions'),
      render: (_, entry) =>
        canRedeliver(entry) && (
          <Button
            type="link"
            size="small"
            aria-label={t('integration.deliveries.redeliver.label', { type: entry.eventType })}
            onClick={(event) => {
              // The row opens the drawer; this button only asks to send again.
              event.stopPropagation();
              redeliver(entry, etagOf(entry));
            }}
            onKeyDown={(event) => event.stopPropagation()}
          >
            {t('integration.deliveries.redeliver.button')}
          </Button>
        ),
    },
  ];

  return (
    <>
      <ListPage<DeliveryEntry>
        embedded
        filters={filters}
        columns={columns}
        rowKey={(entry) => entry.id}
        useList={useList}
        defaultSort={defaultDeliverySort}
        emptyDescription={emptyDescription}
        onRowClick={(entry) => setOpened(entry.id)}
      />
      <DeliveryDrawer id={opened} onClose={() => setOpened(undefined)} />
    </>
  );
}
