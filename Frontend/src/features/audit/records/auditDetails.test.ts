import { describe, expect, it } from 'vitest';
import { changeValueText, parseAuditDetails } from './auditDetails';

describe('Audit record details', () => {
  it('reads a saved change as its field changes', () => {
    const details = JSON.stringify([
      { field: 'Name', before: '旧名', after: '新名' },
      { field: 'IdNumber', before: '***', after: '***' },
      { field: 'Version', before: 1, after: 2 },
    ]);
    expect(parseAuditDetails(details)).toEqual({
      kind: 'changes',
      changes: [
        { field: 'Name', before: '旧名', after: '新名' },
        { field: 'IdNumber', before: '***', after: '***' },
        { field: 'Version', before: 1, after: 2 },
      ],
    });
  });

  it('indents other JSON and keeps text that is not JSON as it is', () => {
    expect(parseAuditDetails('{"query":"?format=csv"}')).toEqual({ kind: 'json', text: '{\n  "query": "?format=csv"\n}' });
    expect(parseAuditDetails('[1,2]')).toEqual({ kind: 'json', text: '[\n  1,\n  2\n]' });
    expect(parseAuditDetails('?format=csv&outcome=Denied')).toEqual({ kind: 'text', text: '?format=csv&outcome=Denied' });
    expect(parseAuditDetails('"plain"')).toEqual({ kind: 'text', text: '"plain"' });
    expect(parseAuditDetails(null)).toEqual({ kind: 'none' });
    expect(parseAuditDetails('  ')).toEqual({ kind: 'none' });
  });

  it('writes values as text: strings as they are, the rest as JSON, nothing as null', () => {
    expect(changeValueText('长春')).toBe('长春');
    expect(changeValueText(0)).toBe('0');
    expect(changeValueText(false)).toBe('false');
    expect(changeValueText(['Criminal', 'Civil'])).toBe('["Criminal","Civil"]');
    expect(changeValueText(null)).toBeNull();
    expect(changeValueText(undefined)).toBeNull();
  });
});
