import { useTranslation } from 'react-i18next';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { RegionBrowser } from './RegionBrowser';
import { useRegions } from '../common/useRegions';

/** 行政区划: the region tree every other module's data is scoped by. */
export function RegionsPage() {
  const { t } = useTranslation();
  const regions = useRegions();

  return (
    <Page title={t('regions.title')} description={t('regions.description')}>
      <QueryState query={regions} isEmpty={(roots) => roots.length === 0} emptyDescription={t('regions.empty')}>
        {(roots) => <RegionBrowser roots={roots} />}
      </QueryState>
    </Page>
  );
}
