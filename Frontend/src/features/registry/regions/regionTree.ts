import type { RegionNode } from '../common/useRegions';

/** The province and its prefectures: open on arrival, so every county is one glance away. */
export function defaultExpandedCodes(roots: readonly RegionNode[]): string[] {
  return roots.flatMap((root) => [
    ...(root.children.length > 0 ? [root.code] : []),
    ...root.children.filter((child) => child.children.length > 0).map((child) => child.code),
  ]);
}

export function countRegions(nodes: readonly RegionNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countRegions(node.children), 0);
}

export function normaliseQuery(query: string): string {
  return query.trim().toLocaleLowerCase();
}

export function matchesQuery(node: RegionNode, normalisedQuery: string): boolean {
  return (
    normalisedQuery.length > 0 &&
    (node.name.toLocaleLowerCase().includes(normalisedQuery) || node.code.includes(normalisedQuery))
  );
}

export interface FilteredRegions {
  roots: RegionNode[];
  /** Every node on the way to a match, so the matches are visible. */
  expandedCodes: string[];
  matchCount: number;
}

/**
 * Keeps the regions whose name or code contains the query, with their ancestors (for context)
 * and their whole subtree (a matching city still shows its districts, folded).
 */
export function filterRegions(roots: readonly RegionNode[], query: string): FilteredRegions {
  const normalised = normaliseQuery(query);
  const expandedCodes: string[] = [];
  let matchCount = 0;

  function keep(node: RegionNode): RegionNode | null {
    if (matchesQuery(node, normalised)) {
      matchCount += 1;
      // Matches deeper down still count and open their ancestors.
      const keptChildren = node.children.map(keep);
      if (keptChildren.some((child) => child !== null)) expandedCodes.push(node.code);
      return node;
    }
    const children = node.children.map(keep).filter((child): child is RegionNode => child !== null);
    if (children.length === 0) return null;
    expandedCodes.push(node.code);
    return { ...node, children };
  }

  const kept = roots.map(keep).filter((node): node is RegionNode => node !== null);
  return { roots: kept, expandedCodes, matchCount };
}
