import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions, type RegionNode } from './useRegions';

interface RegionOption {
  value: string;
  title: string;
  search: string;
  children: RegionOption[];
}

function toOptions(nodes: readonly RegionNode[]): RegionOption[] {
  return nodes.map((node) => ({
    value: node.code,
    title: `${node.name}（${node.code}）`,
    search: `${node.name} ${node.code}`.toLocaleLowerCase(),
    children: toOptions(node.children),
  }));
}

interface RegionSelectProps {
  id?: string;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  'aria-label'?: string;
}

/** Chooses a region from the tree (searchable by name or code); the value is the six-digit code. */
export function RegionSelect({ id, value, onChange, placeholder, ...rest }: RegionSelectProps) {
  const { t } = useTranslation();
  const regions = useRegions();
  const treeData = useMemo(() => toOptions(regions.data ?? []), [regions.data]);

  return (
    <TreeSelect<string>
      id={id}
      aria-label={rest['aria-label']}
      value={value}
      onChange={(code) => onChange?.(code ?? undefined)}
      treeData={treeData}
      loading={regions.isPending}
      allowClear
      showSearch={{
        filterTreeNode: (input, node) => (node as unknown as RegionOption).search.includes(input.trim().toLocaleLowerCase()),
      }}
      treeDefaultExpandedKeys={treeData.map((root) => root.value)}
      placeholder={placeholder ?? t('regionSelect.placeholder')}
      popupMatchSelectWidth={false}
      style={{ width: '100%' }}
    />
  );
}
