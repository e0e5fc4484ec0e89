import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from './describeError';
import type { SubmitProblem } from './serverErrors';

interface SubmitProblemAlertProps {
  problem: SubmitProblem | undefined;
  /** Reloads the record (412): refetch it and reset the form to what is stored now. */
  onReload?: () => void;
  reloading?: boolean;
}

/**
 * The part of a failed submission that belongs to no single field: a conflict (409) in the
 * server's words, "changed by someone else" (412) with a reload button, field errors the form has
 * no field for, or any other failure.
 */
export function SubmitProblemAlert({ problem, onReload, reloading }: SubmitProblemAlertProps) {
  const { t } = useTranslation();
  if (!problem) return null;

  switch (problem.kind) {
    case 'fields':
      return (
        <Alert
          type="error"
          showIcon
          title={t('form.fieldErrors')}
          description={
            problem.unplaced.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {problem.unplaced.map(({ field, messages }) => (
                  <li key={field}>
                    <Typography.Text code>{field}</Typography.Text> {messages.join(' ')}
                  </li>
                ))}
              </ul>
            ) : undefined
          }
        />
      );
    case 'conflict':
      return <Alert type="error" showIcon title={problem.problem.title} description={problem.problem.detail} />;
    case 'stale':
      return (
        <Alert
          type="warning"
          showIcon
          role="alert"
          title={t('form.stale')}
          description={
            <Flex vertical gap={8} align="flex-start">
              <span>{t('form.staleHint')}</span>
              {onReload && (
                <Button onClick={onReload} loading={reloading}>
                  {t('form.reload')}
                </Button>
              )}
            </Flex>
          }
        />
      );
    default: {
      const { title, detail, traceId } = describeError(problem.error, t);
      return (
        <Alert
          type="error"
          showIcon
          title={title}
          description={[detail, traceId && t('state.traceId', { traceId })].filter(Boolean).join(' ')}
        />
      );
    }
  }
}
