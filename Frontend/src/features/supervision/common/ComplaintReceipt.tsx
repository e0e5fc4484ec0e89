import { Alert, Button, Descriptions, Flex, Result, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ComplaintReceiptProps {
  /** What was done (投诉已登记, 投诉已提交). */
  title: ReactNode;
  receiptNumber: string;
  lookupCode: string;
  /** Whom the numbers are for (the complainant reading them, or staff passing them on). */
  hint: ReactNode;
  /** Where to go next (the complaint, or its follow-up page). */
  next: { label: ReactNode; onClick: () => void };
  /** Files another complaint; the caller forgets this receipt, so the code is not shown again. */
  another: { label: ReactNode; onClick: () => void };
}

/**
 * The receipt number and lookup code of a complaint just filed. The host keeps only the code's hash,
 * so this is the one time it is shown: both can be copied, with a warning to keep them.
 */
export function ComplaintReceipt({ title, receiptNumber, lookupCode, hint, next, another }: ComplaintReceiptProps) {
  const { t } = useTranslation();
  const copyable = (text: string) => ({ text, tooltips: [t('secret.copy'), t('secret.copied')] });
  return (
    <Result
      status="success"
      title={title}
      extra={[
        <Button key="next" type="primary" onClick={next.onClick}>
          {next.label}
        </Button>,
        <Button key="another" onClick={another.onClick}>
          {another.label}
        </Button>,
      ]}
    >
      <Flex vertical gap={16} style={{ maxWidth: 560, margin: '0 auto', textAlign: 'start' }}>
        <Descriptions column={1} bordered size="middle">
          <Descriptions.Item label={t('supervision.receipt.receiptNumber')}>
            <Typography.Text data-testid="receipt-number" code copyable={copyable(receiptNumber)} style={{ fontSize: 18 }}>
              {receiptNumber}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('supervision.receipt.lookupCode')}>
            <Typography.Text data-testid="lookup-code" code copyable={copyable(lookupCode)} style={{ fontSize: 18 }}>
              {lookupCode}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
        <Alert type="warning" showIcon title={t('supervision.receipt.keep')} description={hint} />
      </Flex>
    </Result>
  );
}
