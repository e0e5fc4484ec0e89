import { App, Button, Card, Descriptions, Flex, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel, type FirmSizeBand, type ModelFirmState } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import type { ModelFirmView } from '../common/supervisionApi';
import { ModelFirmStepModal } from './ModelFirmStepModal';
import { useModelFirm, useModelFirmStep, type ModelFirmStep } from './useModelFirms';

const stepsByState: Record<ModelFirmState, readonly ModelFirmStep[]> = {
  Nominated: ['review'],
  Reviewed: ['designation', 'declining'],
  Designated: ['revocation'],
  NotDesignated: [],
  Revoked: [],
};

/** The steps a manager may take on a nomination in its state (ModelFirm on the server); nothing for anyone else. */
export function modelFirmActions(state: ModelFirmState, mayManage: boolean): ModelFirmStep[] {
  return mayManage ? [...stepsByState[state]] : [];
}

function ModelFirmFacts({ nomination }: { nomination: ModelFirmView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionLabel = useRegionLabel();
  const { can } = usePermissions();
  const none = t('detail.none');
  const field = (name: 'firm' | 'year' | 'region' | 'sizeBand' | 'nominatedBy' | 'nominatedAt' | 'nominationReason' | 'totalScore' | 'reviewNote' | 'designation' | 'documentNumber' | 'revocationReason' | 'criterion' | 'score' | 'maxScore') =>
    t(`supervision.modelFirms.fields.${name}`);

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label={field('firm')}>
          {can(permissions.firmsRead) ? <Link to={`/registry/firms/${nomination.firmId}`}>{nomination.firmName}</Link> : nomination.firmName}
        </Descriptions.Item>
        <Descriptions.Item label={field('year')}>{nomination.year}</Descriptions.Item>
        <Descriptions.Item label={field('region')}>{regionLabel(nomination.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={field('sizeBand')}>{enumLabel(t, 'firmSizeBand', nomination.sizeBand as FirmSizeBand)}</Descriptions.Item>
        <Descriptions.Item label={field('nominatedBy')}>{nomination.nominatedBy}</Descriptions.Item>
        <Descriptions.Item label={field('nominatedAt')}>{format.dateTime(nomination.nominatedAt)}</Descriptions.Item>
        <Descriptions.Item label={field('nominationReason')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{nomination.nominationReason}</span>
        </Descriptions.Item>
        <Descriptions.Item label={field('totalScore')}>{nomination.totalScore != null ? format.number(nomination.totalScore) : none}</Descriptions.Item>
        <Descriptions.Item label={field('reviewNote')}>{nomination.reviewNote ?? none}</Descriptions.Item>
        <Descriptions.Item label={field('designation')}>
          {nomination.designatedFrom ? t('supervision.modelFirms.period', { from: format.date(nomination.designatedFrom), until: format.date(nomination.designatedUntil) }) : none}
        </Descriptions.Item>
        <Descriptions.Item label={field('documentNumber')}>{nomination.documentNumber ?? none}</Descriptions.Item>
        {nomination.revocationReason && (
          <Descriptions.Item label={field('revocationReason')} span="filled">
            {nomination.revocationReason}
          </Descriptions.Item>
        )}
      </Descriptions>
      {nomination.scores.length > 0 && (
        <Card size="small" title={t('supervision.modelFirms.fields.scores')}>
          <Table
            size="small"
            pagination={false}
            rowKey={(score) => score.criterion}
            dataSource={nomination.scores}
            columns={[
              { key: 'criterion', title: field('criterion'), dataIndex: 'criterion' },
              { key: 'score', title: field('score'), render: (_, score) => format.number(score.score) },
              { key: 'maxScore', title: field('maxScore'), render: (_, score) => format.number(score.maxScore) },
            ]}
          />
        </Card>
      )}
    </Flex>
  );
}

/** 示范所推荐: the nomination, its review scores, and the steps its state allows (If-Match on each). */
export function ModelFirmDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const nomination = useModelFirm(id);
  const takeStep = useModelFirmStep(id);
  const { can } = usePermissions();
  const [step, setStep] = useState<ModelFirmStep>();
  const record = nomination.data?.data;

  return (
    <Page
      title={record ? t('supervision.modelFirms.detailTitle', { name: record.firmName, year: record.year }) : t('supervision.modelFirms.title')}
      description={record && <CaseStateTag kind="modelFirm" state={record.state} />}
      extra={
        record && (
          <Space wrap data-testid="model-firm-actions">
            {modelFirmActions(record.state, can(permissions.modelFirmsManage)).map((action) => (
              <Button key={action} type={action === 'declining' ? 'default' : 'primary'} danger={action === 'revocation' || action === 'declining'} onClick={() => setStep(action)}>
                {t(`supervision.modelFirms.steps.${action}.button`)}
              </Button>
            ))}
          </Space>
        )
      }
    >
      <QueryState query={nomination}>{({ data }) => <ModelFirmFacts nomination={data} />}</QueryState>
      {record && nomination.data && (
        <ModelFirmStepModal
          step={step}
          nomination={record}
          onSubmit={async (chosen, body) => {
            await takeStep.mutateAsync({ step: chosen, body, etag: nomination.data!.etag });
            void message.success(t(`supervision.modelFirms.steps.${chosen}.done`));
          }}
          onClose={() => setStep(undefined)}
          onReload={() => nomination.refetch()}
        />
      )}
    </Page>
  );
}
