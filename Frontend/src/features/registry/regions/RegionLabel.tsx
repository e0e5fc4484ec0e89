import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RegionCodeKind, RegionLevel, RegionNode } from '../common/useRegions';

const levelColours: Record<RegionLevel, string> = {
  Province: 'red',
  Prefecture: 'blue',
  County: 'cyan',
  FunctionalZone: 'purple',
};

const codeKindColours: Record<Exclude<RegionCodeKind, 'Administrative'>, string> = {
  Statistical: 'gold',
  Internal: 'orange',
};

function HighlightedName({ name, query }: { name: string; query: string }) {
  const at = query ? name.toLocaleLowerCase().indexOf(query) : -1;
  if (at < 0) return <>{name}</>;
  return (
    <>
      {name.slice(0, at)}
      <mark>{name.slice(at, at + query.length)}</mark>
      {name.slice(at + query.length)}
    </>
  );
}

interface RegionLabelProps {
  region: RegionNode;
  /** The normalised search text, highlighted in the name. */
  highlight?: string;
}

/** One line of the tree: name, code, level, and how the code was assigned when it is not GB/T 2260. */
export function RegionLabel({ region, highlight = '' }: RegionLabelProps) {
  const { t } = useTranslation();

  return (
    <Flex component="span" align="center" gap={8} wrap data-region-code={region.code}>
      <Typography.Text strong={region.level === 'Province' || region.level === 'Prefecture'}>
        <HighlightedName name={region.name} query={highlight} />
      </Typography.Text>
      <Typography.Text type="secondary" code>
        {region.code}
      </Typography.Text>
      <Tag color={levelColours[region.level]} variant="outlined">
        {t(`regions.level.${region.level}`)}
      </Tag>
      {region.codeKind !== 'Administrative' && (
        <Tag color={codeKindColours[region.codeKind]}>{t(`regions.codeKind.${region.codeKind}`)}</Tag>
      )}
      {region.note && (
        <Typography.Text type="secondary" ellipsis={{ tooltip: region.note }} style={{ fontSize: 12, maxWidth: 480 }}>
          {region.note}
        </Typography.Text>
      )}
    </Flex>
  );
}
