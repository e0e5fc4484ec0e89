import { Tree, type TreeDataNode } from 'antd';
import { useTranslation } from 'react-i18next';
import { RegionLabel } from './RegionLabel';
import type { RegionNode } from '../common/useRegions';

interface RegionTreeItem extends TreeDataNode {
  key: string;
  region: RegionNode;
  children: RegionTreeItem[];
}

function toTreeItems(nodes: readonly RegionNode[]): RegionTreeItem[] {
  return nodes.map((region) => ({ key: region.code, region, children: toTreeItems(region.children) }));
}

interface RegionTreeProps {
  roots: readonly RegionNode[];
  expandedCodes: string[];
  onExpandedCodesChange: (codes: string[]) => void;
  highlight?: string;
}

/** The regions as an expandable tree, each node labelled with its code and level. */
export function RegionTree({ roots, expandedCodes, onExpandedCodesChange, highlight }: RegionTreeProps) {
  const { t } = useTranslation();

  return (
    <Tree<RegionTreeItem>
      aria-label={t('regions.treeLabel')}
      treeData={toTreeItems(roots)}
      expandedKeys={expandedCodes}
      onExpand={(keys) => onExpandedCodesChange(keys.map(String))}
      titleRender={(item) => <RegionLabel region={item.region} highlight={highlight} />}
      selectable={false}
      showLine
      blockNode
    />
  );
}
