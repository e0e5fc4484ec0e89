import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { enumLabel, type FirmStatus, type LawyerStatus } from '../../../shared/ui/enums';

const colours: Record<FirmStatus, string> = { Practising: 'green', Suspended: 'orange', Cancelled: 'default', Revoked: 'red' };

/** A firm's or lawyer's practice status as a coloured tag. */
export function StatusTag({ kind, status }: { kind: 'firm' | 'lawyer'; status: FirmStatus | LawyerStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={colours[status]} variant="outlined">
      {kind === 'firm' ? enumLabel(t, 'firmStatus', status) : enumLabel(t, 'lawyerStatus', status)}
    </Tag>
  );
}
