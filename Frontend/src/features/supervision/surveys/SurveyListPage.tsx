import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { enumOptions } from '../../../shared/ui/enums';
import { useFormat } from '../../../shared/ui/format';
import { ListPage, type ListColumn, type ListFilter } from '../../../shared/ui/ListPage';
import { useRegionLabel } from '../../registry/common/useRegions';
import { CaseStateTag } from '../common/CaseStateTag';
import type { SurveySummary } from '../common/supervisionApi';
import { defaultSurveySort, useSurveyList } from './useSurveys';

/** 专题调研: the surveys of the caller's region, newest first, with how many target firms submitted. */
export function SurveyListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const regionLabel = useRegionLabel();
  const field = (name: 'title' | 'state' | 'targetRegionCode' | 'closesOn' | 'submitted' | 'createdAt') => t(`supervision.surveys.fields.${name}`);

  const filters: ListFilter[] = [{ name: 'state', label: field('state'), options: enumOptions(t, 'surveyState') }];

  const columns: ListColumn<SurveySummary>[] = [
    { key: 'title', title: field('title'), render: (_, survey) => <Link to={`/supervision/surveys/${survey.id}`}>{survey.title}</Link> },
    { key: 'state', title: field('state'), render: (_, survey) => <CaseStateTag kind="survey" state={survey.state} /> },
    { key: 'targetRegionCode', title: field('targetRegionCode'), render: (_, survey) => regionLabel(survey.targetRegionCode) },
    { key: 'closesOn', sortField: 'closesOn', title: field('closesOn'), render: (_, survey) => format.date(survey.closesOn) },
    {
      key: 'submitted',
      title: field('submitted'),
      render: (_, survey) => (survey.state === 'Draft' ? t('detail.none') : t('supervision.surveys.submittedOf', { submitted: survey.submitted, target: survey.targetCount })),
    },
    { key: 'createdAt', sortField: 'createdAt', title: field('createdAt'), render: (_, survey) => format.dateTime(survey.createdAt) },
  ];

  return (
    <ListPage<SurveySummary>
      title={t('supervision.surveys.title')}
      description={t('supervision.surveys.description')}
      actions={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/supervision/surveys/new')}>
          {t('supervision.surveys.create')}
        </Button>
      }
      filters={filters}
      columns={columns}
      rowKey={(survey) => survey.id}
      useList={useSurveyList}
      defaultSort={defaultSurveySort}
      emptyDescription={t('supervision.surveys.empty')}
    />
  );
}
