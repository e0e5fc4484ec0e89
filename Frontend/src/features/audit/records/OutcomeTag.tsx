import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type AuditOutcome } from '../../../shared/ui/enums';

const colours: Record<AuditOutcome, string> = { Succeeded: 'success', Failed: 'warning', Denied: 'error' };

/** 成功 / 失败 / 拒绝, coloured. */
export function OutcomeTag({ outcome }: { outcome: AuditOutcome }) {
  const { t } = useTranslation();
  return <Tag color={colours[outcome]}>{enumLabel(t, 'auditOutcome', outcome)}</Tag>;
}
