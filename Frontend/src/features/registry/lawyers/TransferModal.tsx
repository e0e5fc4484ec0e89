import { DatePicker, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { toApiDate, today } from '../../../shared/ui/format';
import { FirmPicker } from '../common/FirmPicker';
import type { LawyerDetails } from '../common/registryApi';
import type { TransferLawyerCommand } from './useLawyers';

interface TransferModalProps {
  open: boolean;
  lawyer: LawyerDetails;
  onSubmit: (body: TransferLawyerCommand) => Promise<unknown>;
  onClose: () => void;
  onReload: () => Promise<unknown>;
}

interface Values {
  toFirmId?: string;
  effectiveOn: Dayjs | null;
}

/** 转所: moves a lawyer to another practising firm from a date; the firm history keeps the old one. */
export function TransferModal({ open, lawyer, onSubmit, onClose, onReload }: TransferModalProps) {
  const { t } = useTranslation();
  return (
    <ActionModal<Values>
      name="lawyerTransfer"
      open={open}
      title={t('lawyers.transfer.title')}
      okText={t('lawyers.transfer.confirm')}
      intro={
        <Typography.Paragraph style={{ margin: 0 }}>
          {t('lawyers.transfer.question', { name: lawyer.name, firm: lawyer.firmName ?? '' })}
        </Typography.Paragraph>
      }
      initialValues={{ effectiveOn: today() }}
      onSubmit={(values) => onSubmit({ toFirmId: values.toFirmId ?? null, effectiveOn: toApiDate(values.effectiveOn) })}
      onClose={onClose}
      onReload={onReload}
    >
      <Form.Item name="toFirmId" label={t('lawyers.transfer.toFirm')} rules={[{ required: true, message: t('form.required') }]}>
        <FirmPicker status="Practising" excludeId={lawyer.firmId ?? undefined} />
      </Form.Item>
      <Form.Item name="effectiveOn" label={t('lawyers.transfer.effectiveOn')} rules={[{ required: true, message: t('form.required') }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </ActionModal>
  );
}
