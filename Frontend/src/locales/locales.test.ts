import { describe, expect, it } from 'vitest';
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, with i18next's plural suffixes folded (English has _one/_other, Chinese only one form). */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree)
    .flatMap(([key, value]) =>
      typeof value === 'string' ? [`${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '')] : keys(value, `${prefix}${key}.`),
    )
    .filter((key, index, all) => all.indexOf(key) === index)
    .sort();
}

/** The {{placeholders}} each text uses, by key (plural forms merged). */
function placeholders(tree: Tree, prefix = '', result: Record<string, string[]> = {}): Record<string, string[]> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value !== 'string') {
      placeholders(value, `${prefix}${key}.`, result);
      continue;
    }
    const name = `${prefix}${key}`.replace(/_(zero|one|two|few|many|other)$/, '');
    const found = [...value.matchAll(/{{\s*(\w+)/g)].map((match) => match[1] ?? '');
    result[name] = [...new Set([...(result[name] ?? []), ...found])].sort();
  }
  return result;
}

describe('Locales', () => {
  it('have the same keys in Chinese and English', () => {
    expect(keys(en)).toEqual(keys(zhCN));
  });

  it('use the same interpolation placeholders in both languages', () => {
    expect(placeholders(en)).toEqual(placeholders(zhCN));
  });

  it('have no empty texts', () => {
    const empty = (tree: Tree): boolean =>
      Object.values(tree).some((value) => (typeof value === 'string' ? value.trim() === '' : empty(value)));
    expect(empty(zhCN)).toBe(false);
    expect(empty(en)).toBe(false);
  });
});
