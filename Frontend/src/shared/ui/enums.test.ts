import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import zhCN from '../../locales/zh-CN.json';
// The document schema.d.ts is generated from (npm run check:api keeps the two in step).
import document from '../../../../docs/api/openapi.v1.json';
import { enumLabel, enumValues, type EnumName } from './enums';

const openApi = document as unknown as { components: { schemas: Record<string, { enum?: string[] }> } };

const schemaOf: Record<EnumName, string> = {
  firmStatus: 'FirmStatus',
  lawyerStatus: 'LawyerStatus',
  lawyerCategory: 'LawyerCategory',
  gender: 'Gender',
  organisationForm: 'OrganisationForm',
  firmSizeBand: 'FirmSizeBand',
  specialty: 'Specialty',
  nameMatch: 'NameMatch',
  organisationKind: 'OrganisationKind',
  auditOutcome: 'AuditOutcome',
  auditBreak: 'AuditBreak',
  outboxState: 'OutboxState',
};

type Tree = { [key: string]: string | Tree };
const leaf = (tree: Tree, path: string[]) => path.reduce<string | Tree | undefined>((node, key) => (typeof node === 'object' ? node[key] : undefined), tree);

describe('Enum labels', () => {
  it.each(Object.entries(schemaOf))('%s lists exactly the values of the API’s %s', (name, schema) => {
    expect([...enumValues[name as EnumName]].sort()).toEqual([...(openApi.components.schemas[schema]?.enum ?? [])].sort());
  });

  it('have a label for every value in both languages', () => {
    for (const [name, values] of Object.entries(enumValues)) {
      for (const value of values) {
        expect(typeof leaf(zhCN, ['enums', name, value]), `zh-CN enums.${name}.${value}`).toBe('string');
        expect(typeof leaf(en, ['enums', name, value]), `en enums.${name}.${value}`).toBe('string');
      }
    }
  });

  it('label in the interface language', async () => {
    expect(enumLabel(i18next.t, 'lawyerCategory', 'LegalAid')).toBe('法律援助');
    await i18next.changeLanguage('en');
    expect(enumLabel(i18next.t, 'lawyerCategory', 'LegalAid')).toBe('Legal aid');
  });
});
