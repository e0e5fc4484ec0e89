import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

/**
 * 403: shown instead of a page whose permission the session lacks, or whose data the host refused
 * (403 problem). Records outside the caller's data scope are 404s, not this.
 */
export function Forbidden() {
  const { t } = useTranslation();
  const navigate = useNavigate();

  return (
    <Result
      status="403"
      title={t('forbidden.title')}
      subTitle={t('forbidden.message')}
      extra={
        <Button type="primary" onClick={() => void navigate('/')}>
          {t('forbidden.backHome')}
        </Button>
      }
    />
  );
}
