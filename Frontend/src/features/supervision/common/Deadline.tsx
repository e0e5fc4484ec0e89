import { Space, Tag, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

/** The name of a step with a time limit (DeadlineSteps on the server); an unknown one shows as sent. */
export function deadlineStepLabel(t: TFunction, step: string | null | undefined): string {
  if (!step) return t('supervision.deadline.none');
  return t(`supervision.deadlineSteps.${step}` as never, { defaultValue: step });
}

/** The 超期 tag of a case whose current step's time limit has passed. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" style={{ marginInlineEnd: 0 }}>
      {t('supervision.deadline.overdue')}
    </Tag>
  );
}

interface DaysLeftProps {
  daysLeft: number | null | undefined;
  overdue: boolean;
}

/**
 * The days left on the current step (working or calendar days, by the step's rule), red when the
 * limit has passed, with the 超期 tag once the daily job has marked the case overdue.
 */
export function DaysLeft({ daysLeft, overdue }: DaysLeftProps) {
  const { t } = useTranslation();
  if (daysLeft == null) return overdue ? <OverdueTag /> : <Typography.Text type="secondary">{t('detail.none')}</Typography.Text>;
  const late = daysLeft < 0;
  return (
    <Space size={6} style={{ whiteSpace: 'nowrap' }}>
      <Typography.Text type={late || overdue ? 'danger' : daysLeft <= 2 ? 'warning' : undefined}>
        {late ? t('supervision.deadline.daysOverdue', { count: -daysLeft }) : t('supervision.deadline.daysLeft', { count: daysLeft })}
      </Typography.Text>
      {overdue && <OverdueTag />}
    </Space>
  );
}
