import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeValueText, parseAuditDetails, type FieldChange } from './auditDetails';

function ChangeValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = changeValueText(value);
  if (text === null) return <Typography.Text type="secondary">{t('audit.records.details.empty')}</Typography.Text>;
  return <span style={{ wordBreak: 'break-all' }}>{text}</span>;
}

/** A record's `details`: a field / before / after table for a saved change, else the text (JSON indented). */
export function AuditDetailsView({ details }: { details: string | null | undefined }) {
  const { t } = useTranslation();
  const parsed = parseAuditDetails(details);

  if (parsed.kind === 'none') return <Typography.Text type="secondary">{t('audit.records.details.none')}</Typography.Text>;
  if (parsed.kind === 'changes') {
    return (
      <div data-testid="audit-changes">
      <Table<FieldChange>
        size="small"
        pagination={false}
        rowKey={(change) => change.field}
        dataSource={parsed.changes}
        columns={[
          { key: 'field', title: t('audit.records.details.field'), render: (_, change) => <Typography.Text code>{change.field}</Typography.Text> },
          { key: 'before', title: t('audit.records.details.before'), render: (_, change) => <ChangeValue value={change.before} /> },
          { key: 'after', title: t('audit.records.details.after'), render: (_, change) => <ChangeValue value={change.after} /> },
        ]}
      />
      </div>
    );
  }
  return (
    <pre data-testid="audit-details-text" style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 }}>
      {parsed.text}
    </pre>
  );
}
