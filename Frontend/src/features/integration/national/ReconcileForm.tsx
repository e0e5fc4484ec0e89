import { SyncOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Flex, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { toApiDate, today } from '../../../shared/ui/format';
import { SubmitProblemAlert } from '../../../shared/ui/SubmitProblemAlert';
import { useFormSubmission } from '../../../shared/ui/useFormSubmission';
import { lastDays, maxReconcileDays, rangeProblem } from './reconciliationRange';
import { useReconcile } from './useNationalExchange';

interface ReconcileValues {
  from?: Dayjs | null;
  to?: Dayjs | null;
}

/**
 * 立即核对: compares a range of days (at most 31) with the national system now, instead of waiting
 * for the hourly pass. The fields are named as the API's (a 400 lands on them); a 409 (the exchange
 * is not configured) shows in the host's words.
 */
export function ReconcileForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReconcileValues>();
  const reconcile = useReconcile();
  const { problem, submitting, submit } = useFormSubmission(form);

  async function run(values: ReconcileValues) {
    const days = await submit(() => reconcile.mutateAsync({ from: toApiDate(values.from), to: toApiDate(values.to) }));
    if (days) void message.success(t('integration.reconciliation.done', { count: days.length }));
  }

  return (
    <Flex vertical gap={12}>
      <SubmitProblemAlert problem={problem} />
      <Form<ReconcileValues>
        form={form}
        name="reconcile"
        layout="inline"
        initialValues={lastDays(today(), 7)}
        onFinish={(values) => void run(values)}
        aria-label={t('integration.reconciliation.run')}
      >
        <Form.Item name="from" label={t('integration.reconciliation.from')} rules={[{ required: true, message: t('form.required') }]}>
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item
          name="to"
          label={t('integration.reconciliation.to')}
          dependencies={['from']}
          rules={[
            { required: true, message: t('form.required') },
            ({ getFieldValue }) => ({
              validator: (_, to: Dayjs | null) => {
                const problemKind = rangeProblem(getFieldValue('from') as Dayjs | null, to);
                return problemKind
                  ? Promise.reject(new Error(t(`integration.reconciliation.range.${problemKind}`, { max: maxReconcileDays })))
                  : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker allowClear={false} />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" icon={<SyncOutlined />} loading={submitting}>
            {t('integration.reconciliation.run')}
          </Button>
        </Form.Item>
      </Form>
    </Flex>
  );
}
