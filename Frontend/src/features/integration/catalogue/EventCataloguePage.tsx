import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import type { EventField, EventTypeInfo } from '../common/integrationApi';
import { useEventTypes } from '../common/useEventTypes';

/** One event type's `data` fields as JSON carries them. */
function FieldTable({ type }: { type: EventTypeInfo }) {
  const { t } = useTranslation();
  return (
    <Table<EventField>
      rowKey={(field) => field.name}
      dataSource={type.fields}
      pagination={false}
      size="small"
      aria-label={t('integration.catalogue.fieldsOf', { type: type.name })}
      locale={{ emptyText: t('integration.catalogue.noFields') }}
      columns={[
        { key: 'name', title: t('integration.catalogue.fields.fieldName'), render: (_, field) => <Typography.Text code>{field.name}</Typography.Text> },
        { key: 'type', title: t('integration.catalogue.fields.fieldType'), render: (_, field) => <Typography.Text code>{field.type}</Typography.Text> },
        {
          key: 'nullable',
          title: t('integration.catalogue.fields.nullable'),
          render: (_, field) => (field.nullable ? <Tag>{t('integration.catalogue.nullable')}</Tag> : <Tag color="blue">{t('integration.catalogue.required')}</Tag>),
        },
        { key: 'description', title: t('integration.catalogue.fields.description'), render: (_, field) => field.description ?? t('detail.none') },
      ]}
    />
  );
}

/** 事件目录: every event type a subscription may receive, its module and meaning, and its data fields (what receivers parse). */
export function EventCataloguePage() {
  const { t } = useTranslation();
  const eventTypes = useEventTypes();
  return (
    <Page title={t('integration.catalogue.title')} description={t('integration.catalogue.description')}>
      <QueryState query={eventTypes} isEmpty={(list) => list.length === 0} emptyDescription={t('integration.catalogue.empty')}>
        {(list) => (
          <Table<EventTypeInfo>
            rowKey={(type) => type.name}
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            expandable={{
              defaultExpandAllRows: true,
              expandedRowRender: (type) => <FieldTable type={type} />,
            }}
            columns={[
              { key: 'name', title: t('integration.catalogue.fields.name'), render: (_, type) => <Typography.Text code strong>{type.name}</Typography.Text> },
              { key: 'module', title: t('integration.catalogue.fields.module'), render: (_, type) => type.module },
              { key: 'summary', title: t('integration.catalogue.fields.summary'), render: (_, type) => type.summary },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
