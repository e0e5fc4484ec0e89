import { Descriptions, Flex, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { permissions, usePermissions } from '../../../shared/auth/session';
import { enumLabel, type AssessmentState } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { refetchVersioned } from '../../../shared/ui/useEditedVersion';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import type { AssessmentDetails, LawyerAssessmentView } from '../common/supervisionApi';
import { AssessmentStepForm } from './AssessmentStepForm';
import { useAssessment, type AssessmentStep } from './useAssessments';

/** The step the caller may take in a state: the firm reports, the association gives its opinion, the bureau decides. */
export function assessmentStepFor(state: AssessmentState, can: (permission: (typeof permissions)[keyof typeof permissions]) => boolean): AssessmentStep | undefined {
  if (state === 'SelfReporting' && can(permissions.assessmentsReport)) return 'selfReport';
  if (state === 'Submitted' && can(permissions.assessmentsReview)) return 'opinion';
  if (state === 'Reviewed' && can(permissions.assessmentsDecide)) return 'result';
  return undefined;
}

function AssessmentFacts({ assessment }: { assessment: AssessmentDetails }) {
  const { t } = useTranslation();
  const format = useFormat();
  const regionLabel = useRegionLabel();
  const none = t('detail.none');
  const result = (value: LawyerAssessmentView['result']) => (value ? enumLabel(t, 'assessmentResult', value) : none);
  const field = (
    name: 'firm' | 'year' | 'region' | 'selfReport' | 'opinion' | 'firmResult' | 'firmReason' | 'decidedBy' | 'submittedAt' | 'decidedAt' | 'lawyer' | 'practice' | 'casesHandled' | 'proBonoHours' | 'trainingCredits' | 'suggestedResult' | 'result' | 'reason' | 'overrideReason',
  ) => t(`supervision.assessments.fields.${name}`);

  return (
    <Flex vertical gap={24}>
      <Descriptions bordered column={{ xs: 1, md: 2 }} size="middle">
        <Descriptions.Item label={field('firm')}>{assessment.firmName}</Descriptions.Item>
        <Descriptions.Item label={field('year')}>{assessment.year}</Descriptions.Item>
        <Descriptions.Item label={field('region')}>{regionLabel(assessment.regionCode)}</Descriptions.Item>
        <Descriptions.Item label={field('submittedAt')}>{assessment.submittedAt ? format.dateTime(assessment.submittedAt) : none}</Descriptions.Item>
        <Descriptions.Item label={field('selfReport')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{assessment.selfReport ?? none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={field('opinion')} span="filled">
          <span style={{ whiteSpace: 'pre-wrap' }}>{assessment.opinion ?? none}</span>
        </Descriptions.Item>
        <Descriptions.Item label={field('firmResult')}>{result(assessment.firmResult)}</Descriptions.Item>
        <Descriptions.Item label={field('firmReason')}>{assessment.firmResultReason ?? none}</Descriptions.Item>
        <Descriptions.Item label={field('decidedBy')}>{assessment.decidedBy ?? none}</Descriptions.Item>
        <Descriptions.Item label={field('decidedAt')}>{assessment.decidedAt ? format.dateTime(assessment.decidedAt) : none}</Descriptions.Item>
      </Descriptions>
      <Table<LawyerAssessmentView>
        size="small"
        pagination={false}
        scroll={{ x: 'max-content' }}
        rowKey={(lawyer) => lawyer.lawyerId}
        dataSource={assessment.lawyers}
        data-testid="assessment-lawyers"
        columns={[
          {
            key: 'lawyer',
            title: field('lawyer'),
            render: (_, lawyer) => (
              <Flex gap={4} wrap>
                {lawyer.lawyerName}
                {lawyer.sanctionedInYear && <Tag color="red">{t('supervision.assessments.sanctionedInYear')}</Tag>}
              </Flex>
            ),
          },
          { key: 'practice', title: field('practice'), render: (_, lawyer) => lawyer.practice ?? none },
          { key: 'casesHandled', title: field('casesHandled'), render: (_, lawyer) => (lawyer.casesHandled != null ? format.number(lawyer.casesHandled) : none) },
          { key: 'proBonoHours', title: field('proBonoHours'), render: (_, lawyer) => (lawyer.proBonoHours != null ? format.number(lawyer.proBonoHours) : none) },
          { key: 'trainingCredits', title: field('trainingCredits'), render: (_, lawyer) => (lawyer.trainingCredits != null ? format.number(lawyer.trainingCredits) : none) },
          { key: 'suggestedResult', title: field('suggestedResult'), render: (_, lawyer) => result(lawyer.suggestedResult) },
          { key: 'result', title: field('result'), render: (_, lawyer) => result(lawyer.result) },
          { key: 'reason', title: field('reason'), render: (_, lawyer) => lawyer.resultReason ?? lawyer.opinion ?? none },
          { key: 'overrideReason', title: field('overrideReason'), render: (_, lawyer) => lawyer.overrideReason ?? none },
        ]}
      />
    </Flex>
  );
}

/** 年度考核: one firm's year, each lawyer's report, opinion and result, and the form of the step the caller takes now. */
export function AssessmentDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const assessment = useAssessment(id);
  const { can } = usePermissions();
  const record = assessment.data?.data;

  return (
    <Page
      title={record ? t('supervision.assessments.detailTitle', { name: record.firmName, year: record.year }) : t('supervision.assessments.title')}
      description={record && <CaseStateTag kind="assessment" state={record.state} />}
    >
      <QueryState query={assessment}>
        {(loaded) => {
          const step = assessmentStepFor(loaded.data.state, can);
          return (
            <Flex vertical gap={24}>
              <AssessmentFacts assessment={loaded.data} />
              {step && (
                <AssessmentStepForm
                  key={`${step}-${loaded.data.id}`}
                  step={step}
                  loaded={loaded}
                  reload={refetchVersioned(assessment)}
                />
              )}
            </Flex>
          );
        }}
      </QueryState>
    </Page>
  );
}
