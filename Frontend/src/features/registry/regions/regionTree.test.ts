import { describe, expect, it } from 'vitest';
import { jilinRegions } from './regions.fixture';
import { countRegions, defaultExpandedCodes, filterRegions } from './regionTree';

const names = (nodes: ReturnType<typeof jilinRegions>): string[] =>
  nodes.flatMap((node) => [node.name, ...names(node.children)]);

describe('region tree helpers', () => {
  it('open the province and the prefectures that have counties', () => {
    expect(defaultExpandedCodes(jilinRegions())).toEqual(['220000', '220100', '220200']);
  });

  it('count every region', () => {
    expect(countRegions(jilinRegions())).toBe(8);
  });

  it('keep a matching district with its ancestors only', () => {
    const { roots, expandedCodes, matchCount } = filterRegions(jilinRegions(), ' 南关 ');

    expect(names(roots)).toEqual(['吉林省', '长春市', '南关区']);
    expect(expandedCodes.sort()).toEqual(['220000', '220100']);
    expect(matchCount).toBe(1);
  });

  it('keep a matching city with all its districts', () => {
    const { roots } = filterRegions(jilinRegions(), '长春市');

    expect(names(roots)).toEqual(['吉林省', '长春市', '南关区', '朝阳区', '长春净月高新技术产业开发区']);
  });

  it('match by code prefix', () => {
    const { roots, matchCount } = filterRegions(jilinRegions(), '2202');

    expect(names(roots)).toEqual(['吉林省', '吉林市', '昌邑区']);
    expect(matchCount).toBe(2);
  });

  it('find nothing for an unknown name', () => {
    expect(filterRegions(jilinRegions(), '上海').roots).toEqual([]);
  });
});
