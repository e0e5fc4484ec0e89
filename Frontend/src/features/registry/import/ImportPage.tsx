import { CheckCircleOutlined, DownloadOutlined, FileSearchOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, App, Button, Empty, Flex, Radio, Result, Space, Statistic, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { saveBlob } from '../../../shared/api/download';
import { ApiError } from '../../../shared/api/problem';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { describeError } from '../../../shared/ui/describeError';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { errorReportCsv } from './errorReport';
import { downloadTemplate, useCommitImport, useDryRun, type ImportKind, type ImportReport, type ImportRowError } from './useImport';

/** What the host takes: CSV (UTF-8) or XLSX up to 100 MiB. */
const accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const maxBytes = 100 * 1024 * 1024;

/**
 * 数据导入: choose what to import, download its template, upload a filled file, run it dry (every
 * row's errors, nothing written), and commit it once a dry run of that same file found no error.
 */
export function ImportPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = usePermissions();
  const kinds = (['Lawyers', 'Firms'] as const).filter((k) => can(k === 'Lawyers' ? permissions.lawyersWrite : permissions.firmsWrite));
  const [kind, setKind] = useState<ImportKind>(kinds[0] ?? 'Lawyers');
  const [file, setFile] = useState<File>();
  // The dry run the commit button trusts: of this file, as this kind.
  const [checked, setChecked] = useState<{ file: File; kind: ImportKind; report: ImportReport }>();
  const [done, setDone] = useState<ImportReport>();
  const dryRun = useDryRun();
  const commit = useCommitImport();

  const report = checked && checked.file === file && checked.kind === kind ? checked.report : undefined;
  const mayCommit = report !== undefined && report.errorCount === 0 && !commit.isPending;

  function reset() {
    setChecked(undefined);
    dryRun.reset();
    commit.reset();
  }

  function choose(next: File | undefined) {
    setFile(next);
    reset();
  }

  async function runDry() {
    if (!file) return;
    commit.reset();
    const result = await dryRun.mutateAsync({ kind, file }).catch(() => undefined);
    if (result) setChecked({ file, kind, report: result });
  }

  async function runCommit() {
    if (!file || !mayCommit) return;
    const result = await commit.mutateAsync({ kind, file }).catch(() => undefined);
    if (!result) return;
    if (result.created > 0) {
      setDone(result);
    } else {
      // The register changed since the dry run: show what is now wrong, and require another dry run.
      setChecked({ file, kind, report: result });
    }
  }

  async function template(format: 'csv' | 'xlsx') {
    try {
      await downloadTemplate(kind, format);
    } catch (error) {
      const { title, detail } = describeError(error, t);
      void message.error(detail ?? title);
    }
  }

  if (done) {
    return (
      <Page title={t('imports.title')}>
        <Result
          status="success"
          title={t(done.kind === 'Lawyers' ? 'imports.done.lawyers' : 'imports.done.firms', { count: done.created })}
          subTitle={t('imports.done.hint')}
          extra={
            <Space wrap>
              <Link to={done.kind === 'Lawyers' ? '/registry/lawyers' : '/registry/firms'}>
                <Button type="primary">{t(done.kind === 'Lawyers' ? 'imports.done.toLawyers' : 'imports.done.toFirms')}</Button>
              </Link>
              <Button
                onClick={() => {
                  setDone(undefined);
                  choose(undefined);
                }}
              >
                {t('imports.done.again')}
              </Button>
            </Space>
          }
        />
      </Page>
    );
  }

  const failure = dryRun.error ?? commit.error;

  return (
    <Page title={t('imports.title')} description={t('imports.description')}>
      <Flex vertical gap={20}>
        <Flex gap={16} align="center" wrap>
          <Typography.Text strong id="import-kind">
            {t('imports.kind')}
          </Typography.Text>
          <Radio.Group
            aria-labelledby="import-kind"
            value={kind}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              reset();
            }}
            options={kinds.map((k) => ({ value: k, label: t(k === 'Lawyers' ? 'imports.kinds.lawyers' : 'imports.kinds.firms') }))}
            optionType="button"
          />
          <Space wrap>
            <Button icon={<DownloadOutlined />} onClick={() => void template('csv')}>
              {t('imports.template.csv')}
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void template('xlsx')}>
              {t('imports.template.xlsx')}
            </Button>
          </Space>
        </Flex>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t(kind === 'Lawyers' ? 'imports.template.lawyersHint' : 'imports.template.firmsHint')}
        </Typography.Paragraph>

        <Upload.Dragger
          accept={accept}
          maxCount={1}
          multiple={false}
          fileList={file ? [{ uid: 'import', name: file.name, status: 'done', size: file.size }] : []}
          beforeUpload={(chosen) => {
            if (chosen.size > maxBytes) {
              void message.error(t('imports.tooLarge', { name: chosen.name }));
            } else {
              choose(chosen);
            }
            // Nothing is sent until 试运行: the upload goes through the API client, not antd's XHR.
            return false;
          }}
          onRemove={() => choose(undefined)}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t('imports.choose')}</p>
          <p className="ant-upload-hint">{t('imports.chooseHint')}</p>
        </Upload.Dragger>

        <Flex gap={12} align="center" wrap>
          <Button icon={<FileSearchOutlined />} disabled={!file} loading={dryRun.isPending} onClick={() => void runDry()}>
            {t('imports.dryRun')}
          </Button>
          <Button type="primary" icon={<CheckCircleOutlined />} disabled={!mayCommit} loading={commit.isPending} onClick={() => void runCommit()}>
            {t('imports.commit')}
          </Button>
          <Typography.Text type="secondary">{t('imports.commitHint')}</Typography.Text>
        </Flex>

        {failure && <ImportFailure error={failure} />}
        {!file && !failure && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('imports.noFile')} />}
        {report && <DryRunReport report={report} />}
      </Flex>
    </Page>
  );
}

/** A file the host could not take as a whole: its problem, and each message about the file (missing columns, encoding). */
function ImportFailure({ error }: { error: Error }) {
  const { t } = useTranslation();
  const { title, detail } = describeError(error, t);
  const messages = error instanceof ApiError ? Object.values(error.problem.errors ?? {}).flat() : [];
  return (
    <Alert
      type="error"
      showIcon
      title={t('imports.failed')}
      description={
        <Flex vertical gap={4}>
          <span>{messages.length === 0 ? (detail ?? title) : title}</span>
          {messages.length > 0 && (
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {messages.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </Flex>
      }
    />
  );
}

function DryRunReport({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns = [
    { title: t('imports.columns.row'), dataIndex: 'row', key: 'row', width: 80 },
    { title: t('imports.columns.column'), dataIndex: 'column', key: 'column', width: 220 },
    { title: t('imports.columns.message'), dataIndex: 'message', key: 'message' },
  ];
  const headers = [t('imports.columns.row'), t('imports.columns.column'), t('imports.columns.message')] as const;

  return (
    <Flex vertical gap={16} aria-label={t('imports.resultLabel')} role="region">
      <Space size={48} wrap>
        <Statistic title={t('imports.summary.rows')} value={format.number(report.rows)} />
        <Statistic title={t('imports.summary.valid')} value={format.number(report.valid)} />
        <Statistic title={t('imports.summary.errors')} value={format.number(report.errorCount)} />
      </Space>
      {report.errorCount === 0 ? (
        <Alert type="success" showIcon title={t('imports.allValid', { count: report.rows })} />
      ) : (
        <>
          <Flex justify="space-between" align="center" gap={12} wrap>
            <Alert
              type="warning"
              showIcon
              title={t(report.dryRun ? 'imports.hasErrors' : 'imports.rejected', { count: report.errorCount })}
            />
            <Button icon={<DownloadOutlined />} onClick={() => saveBlob(errorReportCsv(report.errors, headers), t('imports.errorReportName'))}>
              {t('imports.downloadErrors')}
            </Button>
          </Flex>
          {report.errors.length < report.errorCount && (
            <Typography.Text type="secondary">{t('imports.truncated', { shown: report.errors.length, count: report.errorCount })}</Typography.Text>
          )}
          <Table<ImportRowError>
            size="small"
            columns={columns}
            dataSource={report.errors}
            rowKey={(e) => `${e.row}|${e.column}|${e.message}`}
            pagination={{ defaultPageSize: 20, showSizeChanger: true, hideOnSinglePage: true }}
          />
        </>
      )}
    </Flex>
  );
}
