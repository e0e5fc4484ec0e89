import { Alert, Flex, Input, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { countRegions, defaultExpandedCodes, filterRegions, normaliseQuery } from './regionTree';
import { RegionTree } from './RegionTree';
import type { RegionNode } from '../common/useRegions';

interface RegionBrowserProps {
  roots: readonly RegionNode[];
}

/** The region tree with a search box that narrows it to regions matching a name or code. */
export function RegionBrowser({ roots }: RegionBrowserProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [expandedCodes, setExpandedCodes] = useState(() => defaultExpandedCodes(roots));
  const filtered = useMemo(() => filterRegions(roots, query), [roots, query]);
  const searching = normaliseQuery(query).length > 0;

  function search(text: string) {
    setQuery(text);
    const normalised = normaliseQuery(text);
    setExpandedCodes(normalised ? filterRegions(roots, normalised).expandedCodes : defaultExpandedCodes(roots));
  }

  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="center" gap={16} wrap>
        <Input.Search
          allowClear
          placeholder={t('regions.searchPlaceholder')}
          aria-label={t('regions.searchPlaceholder')}
          value={query}
          onChange={(event) => search(event.target.value)}
          style={{ maxWidth: 360 }}
        />
        <Typography.Text type="secondary">{t('regions.count', { count: countRegions(roots) })}</Typography.Text>
      </Flex>
      {searching && filtered.roots.length === 0 ? (
        <Alert type="info" showIcon title={t('regions.noMatch', { query: query.trim() })} />
      ) : (
        <RegionTree
          roots={searching ? filtered.roots : roots}
          expandedCodes={expandedCodes}
          onExpandedCodesChange={setExpandedCodes}
          highlight={searching ? normaliseQuery(query) : undefined}
        />
      )}
    </Flex>
  );
}
