import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiClient, unwrap, type components } from '../../../shared/api/client';

export type RegionNode = components['schemas']['RegionNode'];
export type RegionLevel = RegionNode['level'];
export type RegionCodeKind = RegionNode['codeKind'];

export const regionKeys = {
  all: ['registry', 'regions'] as const,
  tree: () => [...regionKeys.all, 'tree'] as const,
};

/** The whole region tree (reference data: rarely changes, so it stays fresh for a long time). */
export function useRegions() {
  return useQuery({
    queryKey: regionKeys.tree(),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/registry/regions', { signal })),
    staleTime: 60 * 60_000,
  });
}

/** The region with this code anywhere in the tree. */
export function findRegion(nodes: readonly RegionNode[], code: string): RegionNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const found = findRegion(node.children, code);
    if (found) return found;
  }
  return undefined;
}

/** Names a region code for display ("朝阳区（220104）"); the bare code until the tree has loaded, or for a code it lacks. */
export function useRegionLabel(): (code: string) => string {
  const { t } = useTranslation();
  const regions = useRegions();
  return (code) => t('dataScope.regionLabel', { name: findRegion(regions.data ?? [], code)?.name ?? code, code });
}
