import { Alert, Button, Flex, Modal, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface OneTimeSecretModalProps {
  /** The secret to show; the modal is open while it is set, and the caller forgets it on close. */
  secret: string | undefined;
  title: ReactNode;
  /** What the secret is for (whose password, which client). */
  intro?: ReactNode;
  /** The secret's name on screen (临时密码, 客户端密钥). */
  label: ReactNode;
  /** More to copy or read (the token URL and an example). */
  children?: ReactNode;
  onClose: () => void;
}

/**
 * A temporary password or client secret, shown this once: the host keeps only its hash. A copy
 * button, a warning that it will not be shown again, and no way to reopen it after closing.
 */
export function OneTimeSecretModal({ secret, title, intro, label, children, onClose }: OneTimeSecretModalProps) {
  const { t } = useTranslation();

  // Unmounted (not merely hidden) on close: a closing modal keeps its last content on screen for
  // its animation, and the secret must not outlive the click that dismissed it.
  if (secret === undefined) return null;
  return (
    <Modal
      open
      title={title}
      onCancel={onClose}
      maskClosable={false}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('secret.done')}
        </Button>
      }
      width={640}
    >
      <Flex vertical gap={12}>
          {intro}
          <Alert type="warning" showIcon title={t('secret.onceOnly')} description={t('secret.onceOnlyHint')} />
          <div>
            <Typography.Text type="secondary">{label}</Typography.Text>
            <Typography.Paragraph
              data-testid="one-time-secret"
              code
              copyable={{ text: secret, tooltips: [t('secret.copy'), t('secret.copied')] }}
              style={{ fontSize: 18, margin: '4px 0 0', wordBreak: 'break-all' }}
            >
              {secret}
            </Typography.Paragraph>
          </div>
          {children}
      </Flex>
    </Modal>
  );
}
