import { DatePicker, Flex, Form, List, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiDate, today, useFormat } from '../../../shared/ui/format';
import { QueryState } from '../../../shared/ui/QueryState';
import type { ReconciliationDay } from '../common/integrationApi';
import { lastDays } from './reconciliationRange';
import { useReconciliationDays } from './useNationalExchange';

const hasDifferences = (day: ReconciliationDay) => day.missingNationally.length > 0 || day.unknownLocally.length > 0;

/** The event ids that differ on one day, in two lists (the row's expansion). */
function Differences({ day }: { day: ReconciliationDay }) {
  const { t } = useTranslation();
  const ids = (title: string, list: string[], testId: string) =>
    list.length > 0 && (
      <List
        size="small"
        header={<Typography.Text strong>{title}</Typography.Text>}
        dataSource={list}
        data-testid={testId}
        renderItem={(id) => (
          <List.Item>
            <Typography.Text code copyable>
              {id}
            </Typography.Text>
          </List.Item>
        )}
      />
    );
  return (
    <Flex vertical gap={12}>
      {ids(t('integration.reconciliation.fields.missingNationally'), day.missingNationally, 'missing-nationally')}
      {ids(t('integration.reconciliation.fields.unknownLocally'), day.unknownLocally, 'unknown-locally')}
    </Flex>
  );
}

function MatchTag({ day }: { day: ReconciliationDay }) {
  const { t } = useTranslation();
  if (day.error) return <Tag color="warning">{t('integration.reconciliation.failed')}</Tag>;
  return day.matches ? <Tag color="success">{t('integration.reconciliation.matches')}</Tag> : <Tag color="error">{t('integration.reconciliation.differs')}</Tag>;
}

/**
 * 核对台账: each day's comparison with the national system (counts, whether they match, the event
 * ids missing on either side in an expandable row, an error when the national system did not
 * answer), newest first, for a range of days (the last 31 by default).
 */
export function ReconciliationLedger() {
  const { t } = useTranslation();
  const format = useFormat();
  const [range, setRange] = useState(() => lastDays(today()));
  const days = useReconciliationDays({ from: toApiDate(range.from)!, to: toApiDate(range.to)! });

  return (
    <Flex vertical gap={12}>
      <Form layout="inline" name="reconciliationRange">
        <Form.Item label={t('integration.reconciliation.range.label')}>
          <DatePicker.RangePicker
            allowClear={false}
            value={[range.from, range.to]}
            aria-label={t('integration.reconciliation.range.label')}
            onChange={(values) => {
              const [from, to] = (values ?? []) as [Dayjs | null, Dayjs | null];
              if (from && to) setRange({ from, to });
            }}
          />
        </Form.Item>
      </Form>
      <QueryState query={days}>
        {(list) => (
          <Table<ReconciliationDay>
            rowKey={(day) => day.day}
            dataSource={list}
            loading={days.isFetching}
            pagination={false}
            size="small"
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: t('integration.reconciliation.empty') }}
            expandable={{ rowExpandable: hasDifferences, expandedRowRender: (day) => <Differences day={day} /> }}
            columns={[
              { key: 'day', title: t('integration.reconciliation.fields.day'), render: (_, day) => format.date(day.day) },
              { key: 'localCount', title: t('integration.reconciliation.fields.localCount'), align: 'right', render: (_, day) => format.number(day.localCount) },
              {
                key: 'nationalCount',
                title: t('integration.reconciliation.fields.nationalCount'),
                align: 'right',
                render: (_, day) => (day.nationalCount == null ? t('detail.none') : format.number(day.nationalCount)),
              },
              { key: 'pendingCount', title: t('integration.reconciliation.fields.pendingCount'), align: 'right', render: (_, day) => format.number(day.pendingCount) },
              { key: 'matches', title: t('integration.reconciliation.fields.matches'), render: (_, day) => <MatchTag day={day} /> },
              {
                key: 'missingNationally',
                title: t('integration.reconciliation.fields.missingNationally'),
                align: 'right',
                render: (_, day) => format.number(day.missingNationally.length),
              },
              {
                key: 'unknownLocally',
                title: t('integration.reconciliation.fields.unknownLocally'),
                align: 'right',
                render: (_, day) => format.number(day.unknownLocally.length),
              },
              {
                key: 'error',
                title: t('integration.reconciliation.fields.error'),
                render: (_, day) =>
                  day.error && (
                    <Typography.Text type="danger" style={{ maxWidth: 280 }} ellipsis={{ tooltip: day.error }}>
                      {day.error}
                    </Typography.Text>
                  ),
              },
              {
                key: 'checkedAt',
                title: t('integration.reconciliation.fields.checkedAt'),
                render: (_, day) => <span style={{ whiteSpace: 'nowrap' }}>{format.dateTime(day.checkedAt)}</span>,
              },
            ]}
          />
        )}
      </QueryState>
    </Flex>
  );
}
