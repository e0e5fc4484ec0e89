import { DownloadOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Empty, Flex, List, Progress, Space, Statistic, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { ActionModal } from '../../../shared/ui/ActionModal';
import { describeError } from '../../../shared/ui/describeError';
import { enumLabel, type FirmSizeBand, type OrganisationForm, type SurveyState } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import type { QuestionSummary, SurveyDetails } from '../common/supervisionApi';
import { exportSurveyAnswers, useSurvey, useSurveyProgress, useSurveyStep, useSurveySummary, type SurveyStep } from './useSurveys';

/** What a manager may do with a survey in each state: a draft is edited and sent, an open one closed. */
export function surveyActions(state: SurveyState, mayManage: boolean): ('edit' | SurveyStep)[] {
  if (!mayManage) return [];
  if (state === 'Draft') return ['edit', 'opening'];
  if (state === 'Open') return ['closing'];
  return [];
}

function SurveyFacts({ survey }: { survey: SurveyDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionLabel = useRegionLabel();
  const none = t('detail.none');
  const all = t('supervision.surveys.hints.all');
  const field = (name: 'targetRegionCode' | 'targetSizeBands' | 'targetForms' | 'closesOn' | 'targetCount' | 'createdBy' | 'createdAt' | 'openedAt' | 'closedAt' | 'description') =>
    t(`supervision.surveys.fields.${name}`);

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label={field('targetRegionCode')}>{regionLabel(survey.targetRegionCode)}</Descriptions.Item>
        <Descriptions.Item label={field('closesOn')}>{format.date(survey.closesOn)}</Descriptions.Item>
        <Descriptions.Item label={field('targetSizeBands')}>
          {survey.targetSizeBands.length > 0 ? survey.targetSizeBands.map((band) => <Tag key={band}>{enumLabel(t, 'firmSizeBand', band as FirmSizeBand)}</Tag>) : all}
        </Descriptions.Item>
        <Descriptions.Item label={field('targetForms')}>
          {survey.targetForms.length > 0 ? survey.targetForms.map((form) => <Tag key={form}>{enumLabel(t, 'organisationForm', form as OrganisationForm)}</Tag>) : all}
        </Descriptions.Item>
        <Descriptions.Item label={field('targetCount')}>{survey.state === 'Draft' ? t('supervision.surveys.fixedWhenSent') : survey.targetCount}</Descriptions.Item>
        <Descriptions.Item label={field('createdBy')}>{survey.createdBy}</Descriptions.Item>
        <Descriptions.Item label={field('createdAt')}>{format.dateTime(survey.createdAt)}</Descriptions.Item>
        <Descriptions.Item label={field('openedAt')}>{survey.openedAt ? format.dateTime(survey.openedAt) : none}</Descriptions.Item>
        {survey.closedAt && <Descriptions.Item label={field('closedAt')}>{format.dateTime(survey.closedAt)}</Descriptions.Item>}
        <Descriptions.Item label={field('description')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{survey.description || none}</span>
        </Descriptions.Item>
      </Descriptions>

      <Card size="small" title={t('supervision.surveys.detail.questions')}>
        <List
          dataSource={survey.questions}
          rowKey={(question) => question.id}
          renderItem={(question) => (
            <List.Item>
              <Flex vertical gap={4}>
                <Space wrap>
                  <Typography.Text strong>
                    {question.position}. {question.text}
                  </Typography.Text>
                  <Tag>{enumLabel(t, 'questionKind', question.kind)}</Tag>
                  {question.required && <Tag color="red">{t('supervision.surveys.question.required')}</Tag>}
                </Space>
                {question.options.length > 0 && <Typography.Text type="secondary">{question.options.join(' / ')}</Typography.Text>}
                {(question.min != null || question.max != null) && (
                  <Typography.Text type="secondary">
                    {t('supervision.surveys.detail.bounds', { min: question.min ?? '—', max: question.max ?? '—' })}
                  </Typography.Text>
                )}
              </Flex>
            </List.Item>
          )}
        />
      </Card>
    </Flex>
  );
}

function SurveyProgressCard({ survey }: { survey: SurveyDetails }) {
  const { t } = useTranslation();
  const regionLabel = useRegionLabel();
  const progress = useSurveyProgress(survey.id, survey.version, true);
  const field = (name: 'region' | 'target' | 'submitted' | 'drafts') => t(`supervision.surveys.progress.${name}`);
  return (
    <Card size="small" title={t('supervision.surveys.progress.title')} data-testid="survey-progress">
      <QueryState query={progress}>
        {(data) => (
          <Flex vertical gap={16}>
            <Space size={48} wrap>
              <Statistic title={field('target')} value={data.target} />
              <Statistic title={field('submitted')} value={data.submitted} />
              <Statistic title={field('drafts')} value={data.drafts} />
              <Progress type="circle" size={64} percent={data.target > 0 ? Math.round((data.submitted / data.target) * 100) : 0} />
            </Space>
            <Table
              size="small"
              pagination={false}
              rowKey={(row) => row.regionCode}
              dataSource={data.regions}
              columns={[
                { key: 'region', title: field('region'), render: (_, row) => regionLabel(row.regionCode) },
                { key: 'target', title: field('target'), dataIndex: 'target' },
                { key: 'submitted', title: field('submitted'), dataIndex: 'submitted' },
                { key: 'drafts', title: field('drafts'), dataIndex: 'drafts' },
              ]}
            />
          </Flex>
        )}
      </QueryState>
    </Card>
  );
}

function QuestionResult({ question }: { question: QuestionSummary }) {
  const { t } = useTranslation();
  const format = useFormat();
  const counts = Object.entries(question.optionCounts ?? {});
  return (
    <Card size="small" type="inner" data-testid={`summary-${question.position}`} title={`${question.position}. ${question.text}`} extra={t('supervision.surveys.summary.answered', { count: question.answered })}>
      {(question.kind === 'SingleChoice' || question.kind === 'MultipleChoice') && (
        <Flex vertical gap={4}>
          {counts.map(([option, count]) => (
            <Flex key={option} gap={12} align="center">
              <span style={{ minWidth: 160 }}>{option}</span>
              <Progress style={{ flex: 1, margin: 0 }} percent={question.answered > 0 ? Math.round((count / question.answered) * 100) : 0} showInfo={false} />
              <span data-testid="option-count">{t('supervision.surveys.summary.count', { count })}</span>
            </Flex>
          ))}
        </Flex>
      )}
      {question.kind === 'Number' && (
        <Space size={48} wrap>
          {(['average', 'minimum', 'maximum'] as const).map((measure) => (
            <Statistic
              key={measure}
              title={t(`supervision.surveys.summary.${measure}`)}
              value={question[measure] ?? undefined}
              // As the language writes numbers, in one piece (not split into integer and decimals).
              formatter={() => (question[measure] != null ? format.number(question[measure]) : t('detail.none'))}
            />
          ))}
        </Space>
      )}
      {question.kind === 'Text' &&
        ((question.texts ?? []).length > 0 ? (
          <List
            size="small"
            dataSource={question.texts ?? []}
            renderItem={(answer) => (
              <List.Item>
                <Flex vertical>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{answer.text}</span>
                  <Typography.Text type="secondary">{answer.firmName}</Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.surveys.summary.noTexts')} />
        ))}
    </Card>
  );
}

function SurveySummaryCard({ survey }: { survey: SurveyDetails }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const summary = useSurveySummary(survey.id, survey.version, true);
  const [exporting, setExporting] = useState(false);

  async function exportAnswers() {
    setExporting(true);
    try {
      await exportSurveyAnswers(survey.id);
    } catch (error) {
      const { title, detail } = describeError(error, t);
      void message.error(`${t('list.exportFailed')} ${detail ?? title}`);
    } finally {
      setExporting(false);
    }
  }

  return (
    <Card
      size="small"
      title={t('supervision.surveys.summary.title')}
      data-testid="survey-summary"
      extra={
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportAnswers()}>
          {t('supervision.surveys.summary.export')}
        </Button>
      }
    >
      <QueryState query={summary}>
        {(data) =>
          data.submitted === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.surveys.summary.none')} />
          ) : (
            <Flex vertical gap={12}>
              <Typography.Text>{t('supervision.surveys.summary.submitted', { count: data.submitted })}</Typography.Text>
              {data.questions.map((question) => (
                <QuestionResult key={question.questionId} question={question} />
              ))}
            </Flex>
          )
        }
      </QueryState>
    </Card>
  );
}

/** 调研详情: the survey, and once sent its progress per region and the summary of the submitted answers; send, close, export. */
export function SurveyDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const survey = useSurvey(id);
  const takeStep = useSurveyStep(id);
  const { can } = usePermissions();
  const [step, setStep] = useState<SurveyStep>();
  const record = survey.data?.data;
  const shown = step ?? 'opening';

  return (
    <Page
      title={record?.title ?? t('supervision.surveys.detail.title')}
      description={record && <CaseStateTag kind="survey" state={record.state} />}
      extra={
        record && (
          <Space wrap data-testid="survey-actions">
            {surveyActions(record.state, can(permissions.surveysManage)).map((action) =>
              action === 'edit' ? (
                <Button key={action} icon={<EditOutlined />} onClick={() => void navigate(`/supervision/surveys/${id}/edit`)}>
                  {t('supervision.surveys.edit')}
                </Button>
              ) : (
                <Button key={action} type="primary" danger={action === 'closing'} onClick={() => setStep(action)}>
                  {t(`supervision.surveys.steps.${action}.button`)}
                </Button>
              ),
            )}
          </Space>
        )
      }
    >
      <QueryState query={survey}>
        {({ data }) => (
          <Flex vertical gap={24}>
            <SurveyFacts survey={data} />
            {data.state !== 'Draft' && <SurveyProgressCard survey={data} />}
            {data.state !== 'Draft' && <SurveySummaryCard survey={data} />}
          </Flex>
        )}
      </QueryState>
      {survey.data && (
        <ActionModal<object>
          name="surveyStep"
          open={step !== undefined}
          title={t(`supervision.surveys.steps.${shown}.title`)}
          okText={t(`supervision.surveys.steps.${shown}.confirm`)}
          danger={shown === 'closing'}
          intro={<Typography.Paragraph style={{ margin: 0 }}>{t(`supervision.surveys.steps.${shown}.intro`)}</Typography.Paragraph>}
          onSubmit={async () => {
            await takeStep.mutateAsync({ step: shown, body: undefined, etag: survey.data!.etag });
            void message.success(t(`supervision.surveys.steps.${shown}.done`));
          }}
          onClose={() => setStep(undefined)}
          onReload={() => survey.refetch()}
        >
          {null}
        </ActionModal>
      )}
    </Page>
  );
}
