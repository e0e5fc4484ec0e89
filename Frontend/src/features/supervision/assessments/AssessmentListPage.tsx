import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, InputNumber, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { enumLabel, enumOptions } from '../../../shared/ui/enums';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { QueryState } from '../../../shared/ui/QueryState';
import { RegionSelect } from '../../registry/common/RegionSelect';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import { yearParam, type AssessmentSummary } from '../common/supervisionApi';
import { useAssessmentList, useAssessmentProgress, useOpenAssessments } from './useAssessments';

/** The bureau's view of a year: firms per state, per region (the year and region of the list's filters). */
function AssessmentProgressCard() {
  const { t } = useTranslation();
  const regionLabel = useRegionLabel();
  const [searchParams] = useSearchParams();
  const year = yearParam(searchParams.get('year')) ?? new Date().getFullYear();
  const progress = useAssessmentProgress(year, searchParams.get('regionCode') ?? undefined, true);
  const field = (name: 'region' | 'firms' | 'selfReporting' | 'submitted' | 'reviewed' | 'decided') => t(`supervision.assessments.progress.${name}`);
  return (
    <Card size="small" title={t('supervision.assessments.progress.title', { year })} data-testid="assessment-progress">
      <QueryState query={progress} isEmpty={(rows) => rows.length === 0} emptyDescription={t('supervision.assessments.progress.empty')}>
        {(rows) => (
          <Table
            size="small"
            pagination={false}
            rowKey={(row) => row.regionCode}
            dataSource={rows}
            columns={[
              { key: 'region', title: field('region'), render: (_, row) => regionLabel(row.regionCode) },
              { key: 'firms', title: field('firms'), dataIndex: 'firms' },
              { key: 'selfReporting', title: field('selfReporting'), dataIndex: 'selfReporting' },
              { key: 'submitted', title: field('submitted'), dataIndex: 'submitted' },
              { key: 'reviewed', title: field('reviewed'), dataIndex: 'reviewed' },
              { key: 'decided', title: field('decided'), dataIndex: 'decided' },
            ]}
          />
        )}
      </QueryState>
    </Card>
  );
}

/** 年度考核: the firms' annual assessments of the caller's region (a firm's administrator: the firm's own); the bureau opens a year and follows its progress. */
export function AssessmentListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { can } = usePermissions();
  const regionLabel = useRegionLabel();
  const open = useOpenAssessments();
  const [opening, setOpening] = useState(false);
  const mayDecide = can(permissions.assessmentsDecide);
  const field = (name: 'year' | 'state' | 'region' | 'firm' | 'lawyers' | 'firmResult') => t(`supervision.assessments.fields.${name}`);

  const filters: ListFilter[] = [
    { name: 'year', label: field('year'), placeholder: t('supervision.assessments.hints.year') },
    { name: 'state', label: field('state'), options: enumOptions(t, 'assessmentState') },
    ...(can(permissions.assessmentsReport) ? [] : [{ name: 'regionCode', label: field('region'), input: <RegionSelect /> }]),
  ];

  const columns: ListColumn<AssessmentSummary>[] = [
    { key: 'firm', title: field('firm'), render: (_, assessment) => <Link to={`/supervision/assessments/${assessment.id}`}>{assessment.firmName}</Link> },
    { key: 'year', title: field('year'), dataIndex: 'year' },
    { key: 'state', title: field('state'), render: (_, assessment) => <CaseStateTag kind="assessment" state={assessment.state} /> },
    { key: 'region', title: field('region'), render: (_, assessment) => regionLabel(assessment.regionCode) },
    { key: 'lawyers', title: field('lawyers'), dataIndex: 'lawyers' },
    { key: 'firmResult', title: field('firmResult'), render: (_, assessment) => (assessment.firmResult ? enumLabel(t, 'assessmentResult', assessment.firmResult) : t('detail.none')) },
  ];

  return (
    <Flex vertical gap={16}>
      <ListPage<AssessmentSummary>
        title={t('supervision.assessments.title')}
        description={t('supervision.assessments.description')}
        actions={
          mayDecide && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              {t('supervision.assessments.open')}
            </Button>
          )
        }
        filters={filters}
        columns={columns}
        rowKey={(assessment) => assessment.id}
        useList={useAssessmentList}
        emptyDescription={t('supervision.assessments.empty')}
      />
      {mayDecide && <AssessmentProgressCard />}
      {mayDecide && (
        <ActionModal<{ year?: number; regionCode?: string }>
          name="openAssessments"
          open={opening}
          title={t('supervision.assessments.openTitle')}
          okText={t('supervision.assessments.openConfirm')}
          intro={t('supervision.assessments.openIntro')}
          initialValues={{ year: new Date().getFullYear() - 1 }}
          onSubmit={async (values) => {
            const opened = await open.mutateAsync({ year: values.year ?? null, regionCode: values.regionCode ?? null });
            void message.success(t('supervision.assessments.opened', { year: opened.year, opened: opened.opened, alreadyOpen: opened.alreadyOpen }));
          }}
          onClose={() => setOpening(false)}
        >
          <Form.Item name="year" label={field('year')} rules={[{ required: true, message: t('form.required') }]}>
            <InputNumber min={2019} max={2100} precision={0} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="regionCode" label={field('region')} rules={[{ required: true, message: t('form.required') }]}>
            <RegionSelect />
          </Form.Item>
        </ActionModal>
      )}
    </Flex>
  );
}
