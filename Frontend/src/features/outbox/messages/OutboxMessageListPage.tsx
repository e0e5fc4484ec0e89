import { Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { outboxModules, type OutboxEntry } from '../common/outboxApi';
import { OutboxMessageDrawer } from './OutboxMessageDrawer';
import { OutboxStateTag } from './OutboxStateTag';
import { allStates, defaultOutboxFilters, defaultOutboxSort, useOutboxMessageList } from './useOutboxMessages';

/** 事件投递: a module's outbox, opening on its dead letters; a row opens the message, where a dead letter is replayed or skipped. */
export function OutboxMessageListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [searchParams] = useSearchParams();
  const [opened, setOpened] = useState<string>();
  // The drawer reads the message from the module the list shows (the URL's, else the default).
  const module = searchParams.get('module') || defaultOutboxFilters.module;

  const filters: ListFilter[] = [
    {
      name: 'module',
      label: t('outbox.fields.module'),
      options: outboxModules.map((value) => ({ value, label: t(`outbox.modules.${value}`) })),
    },
    {
      name: 'state',
      label: t('outbox.fields.state'),
      options: [{ value: allStates, label: t('outbox.allStates') }, ...enumOptions(t, 'outboxState')],
    },
    { name: 'type', label: t('outbox.fields.type'), placeholder: t('outbox.filters.typePlaceholder') },
    { name: 'aggregateId', label: t('outbox.fields.aggregateId'), placeholder: t('outbox.filters.aggregateIdPlaceholder') },
  ];

  const columns: ListColumn<OutboxEntry>[] = [
    {
      key: 'occurredAt',
      sortField: 'occurredAt',
      title: t('outbox.fields.occurredAt'),
      render: (_, entry) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTimeSeconds(entry.occurredAt)}</span>,
    },
    { key: 'type', title: t('outbox.fields.type'), render: (_, entry) => <Typography.Text code>{entry.type}</Typography.Text> },
    {
      key: 'aggregateId',
      title: t('outbox.fields.aggregateId'),
      render: (_, entry) => (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {entry.aggregateId}
        </Typography.Text>
      ),
    },
    { key: 'state', title: t('outbox.fields.state'), render: (_, entry) => <OutboxStateTag state={entry.state} /> },
    { key: 'attempts', sortField: 'attempts', title: t('outbox.fields.attempts'), align: 'right', render: (_, entry) => format.number(entry.attempts) },
    {
      key: 'nextAttemptAt',
      title: t('outbox.fields.nextAttemptAt'),
      // Only a pending message is tried again; the others keep the instant of an attempt that will not come.
      render: (_, entry) =>
        entry.state === 'Pending' && <span style={{ whiteSpace: 'nowrap' }}>{format.dateTimeSeconds(entry.nextAttemptAt)}</span>,
    },
    {
      key: 'lastError',
      title: t('outbox.fields.lastError'),
      render: (_, entry) =>
        entry.lastError && (
          <Typography.Text style={{ maxWidth: 320 }} ellipsis={{ tooltip: entry.lastError }}>
            {entry.lastError}
          </Typography.Text>
        ),
    },
  ];

  return (
    <>
      <ListPage<OutboxEntry>
        title={t('outbox.title')}
        description={t('outbox.description')}
        filters={filters}
        columns={columns}
        rowKey={(entry) => entry.id}
        useList={useOutboxMessageList}
        defaultSort={defaultOutboxSort}
        defaultFilters={defaultOutboxFilters}
        emptyDescription={t('outbox.empty')}
        onRowClick={(entry) => setOpened(entry.id)}
      />
      <OutboxMessageDrawer module={module} id={opened} onClose={() => setOpened(undefined)} />
    </>
  );
}
