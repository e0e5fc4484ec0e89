import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Shown when rendering a page throws. Request failures never get here: pages show those
 * themselves (QueryState), so this is for bugs, and offers a full reload from home.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();

  return (
    <Result
      status="500"
      title={t('routeError.title')}
      subTitle={t('routeError.message')}
      extra={
        <Button type="primary" href="/">
          {t('routeError.backHome')}
        </Button>
      }
    />
  );
}
