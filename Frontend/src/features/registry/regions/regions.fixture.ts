import type { RegionNode } from '../common/useRegions';

type Region = Omit<RegionNode, 'children' | 'parentCode' | 'note' | 'codeKind'> &
  Partial<Pick<RegionNode, 'note' | 'codeKind'>> & { children?: RegionNode[] };

function region(parentCode: string | null, { children = [], note = null, codeKind = 'Administrative', ...rest }: Region): RegionNode {
  return { ...rest, parentCode, note, codeKind, children };
}

/** A slice of Jilin's tree as GET /api/registry/regions returns it. */
export function jilinRegions(): RegionNode[] {
  return [
    region(null, {
      code: '220000',
      name: '吉林省',
      level: 'Province',
      children: [
        region('220000', {
          code: '220100',
          name: '长春市',
          level: 'Prefecture',
          children: [
            region('220100', { code: '220102', name: '南关区', level: 'County' }),
            region('220100', { code: '220104', name: '朝阳区', level: 'County' }),
            region('220100', {
              code: '220171',
              name: '长春净月高新技术产业开发区',
              level: 'FunctionalZone',
              codeKind: 'Statistical',
            }),
          ],
        }),
        region('220000', {
          code: '220200',
          name: '吉林市',
          level: 'Prefecture',
          children: [region('220200', { code: '220202', name: '昌邑区', level: 'County' })],
        }),
        region('220000', {
          code: '229900',
          name: '长白山保护开发区',
          level: 'FunctionalZone',
          codeKind: 'Internal',
          note: '非 GB/T 2260 行政区划',
        }),
      ],
    }),
  ];
}
