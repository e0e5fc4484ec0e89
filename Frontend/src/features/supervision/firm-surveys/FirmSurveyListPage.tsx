import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../shared/ui/format';
import { Page } from '../../../shared/ui/Page';
import { QueryState } from '../../../shared/ui/QueryState';
import { CaseStateTag } from '../common/CaseStateTag';
import type { FirmSurvey } from '../common/supervisionApi';
import { useFirmSurveyList } from './useFirmSurveys';

/** 问卷: the surveys sent to the caller's firm, open ones first, with how far the firm's answers are. */
export function FirmSurveyListPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const surveys = useFirmSurveyList();
  const field = (name: 'title' | 'closesOn' | 'surveyState' | 'state' | 'submittedAt') => t(`supervision.firmSurveys.fields.${name}`);

  return (
    <Page title={t('supervision.firmSurveys.title')} description={t('supervision.firmSurveys.description')}>
      <QueryState query={surveys} isEmpty={(list) => list.length === 0} emptyDescription={t('supervision.firmSurveys.empty')}>
        {(list) => (
          <Table<FirmSurvey>
            rowKey={(survey) => survey.surveyId}
            dataSource={list}
            pagination={false}
            scroll={{ x: 'max-content' }}
            columns={[
              { key: 'title', title: field('title'), render: (_, survey) => <Link to={`/supervision/firm-surveys/${survey.surveyId}`}>{survey.title}</Link> },
              { key: 'closesOn', title: field('closesOn'), render: (_, survey) => format.date(survey.closesOn) },
              { key: 'surveyState', title: field('surveyState'), render: (_, survey) => <CaseStateTag kind="survey" state={survey.surveyState} /> },
              { key: 'state', title: field('state'), render: (_, survey) => <CaseStateTag kind="response" state={survey.state} /> },
              { key: 'submittedAt', title: field('submittedAt'), render: (_, survey) => (survey.submittedAt ? format.dateTime(survey.submittedAt) : t('detail.none')) },
            ]}
          />
        )}
      </QueryState>
    </Page>
  );
}
