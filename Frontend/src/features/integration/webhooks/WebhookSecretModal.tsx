import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { OneTimeSecretModal } from '../../../shared/ui/OneTimeSecretModal';
import type { WebhookSubscriptionWithSecret } from '../common/integrationApi';

interface WebhookSecretModalProps {
  /** The subscription and its secret; the modal is open while set, and the caller forgets it on close. */
  issued: { answer: WebhookSubscriptionWithSecret; reason: 'created' | 'rotated' } | undefined;
  onClose: () => void;
}

/** The signing secret, this once (the host keeps it encrypted and never shows it again), with how the receiver checks it. */
export function WebhookSecretModal({ issued, onClose }: WebhookSecretModalProps) {
  const { t } = useTranslation();
  return (
    <OneTimeSecretModal
      secret={issued?.answer.secret}
      title={t(issued?.reason === 'rotated' ? 'integration.webhooks.secret.rotatedTitle' : 'integration.webhooks.secret.createdTitle')}
      intro={
        issued && (
          <Typography.Paragraph style={{ margin: 0 }}>
            {t('integration.webhooks.secret.for', { url: issued.answer.subscription.url })}
          </Typography.Paragraph>
        )
      }
      label={t('integration.webhooks.secret.label')}
      onClose={onClose}
    >
      <Flex vertical gap={4}>
        <Typography.Text type="secondary">{t('integration.webhooks.secret.howToVerify')}</Typography.Text>
        <Typography.Text code>LawyerWork-Signature: t=…,v1=HMAC-SHA256(secret, "t." + body)</Typography.Text>
      </Flex>
    </OneTimeSecretModal>
  );
}
