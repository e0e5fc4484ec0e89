import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AccountPage } from '../features/access/account/AccountPage';
import { TwoFactorEnrolmentPage } from '../features/access/account/TwoFactorEnrolmentPage';
import { ClientListPage } from '../features/access/clients/ClientListPage';
import { SignInPage } from '../features/access/sign-in/SignInPage';
import { UserListPage } from '../features/access/users/UserListPage';
import { AuditRecordListPage } from '../features/audit/records/AuditRecordListPage';
import { AuditVerificationPage } from '../features/audit/verification/AuditVerificationPage';
import { EventCataloguePage } from '../features/integration/catalogue/EventCataloguePage';
import { NationalExchangePage } from '../features/integration/national/NationalExchangePage';
import { WebhookDetailPage } from '../features/integration/webhooks/WebhookDetailPage';
import { WebhookListPage } from '../features/integration/webhooks/WebhookListPage';
import { OutboxMessageListPage } from '../features/outbox/messages/OutboxMessageListPage';
import { FirmDetailPage } from '../features/registry/firms/FirmDetailPage';
import { FirmCreatePage, FirmEditPage } from '../features/registry/firms/FirmFormPages';
import { FirmListPage } from '../features/registry/firms/FirmListPage';
import { ImportPage } from '../features/registry/import/ImportPage';
import { LawyerDetailPage } from '../features/registry/lawyers/LawyerDetailPage';
import { LawyerCreatePage, LawyerEditPage } from '../features/registry/lawyers/LawyerFormPages';
import { LawyerListPage } from '../features/registry/lawyers/LawyerListPage';
import { PublicLookupPage } from '../features/registry/lookup/PublicLookupPage';
import { RegionsPage } from '../features/registry/regions/RegionsPage';
import { ComplaintDetailPage } from '../features/supervision/complaints/ComplaintDetailPage';
import { ComplaintFilePage } from '../features/supervision/complaints/ComplaintFilePage';
import { ComplaintListPage } from '../features/supervision/complaints/ComplaintListPage';
import { IntegrityRecordListPage } from '../features/supervision/integrity/IntegrityRecordListPage';
import { ComplaintFollowUpPage } from '../features/supervision/public/ComplaintFollowUpPage';
import { PublicComplaintPage } from '../features/supervision/public/PublicComplaintPage';
import { RightsCaseDetailPage } from '../features/supervision/rights/RightsCaseDetailPage';
import { RightsCaseListPage } from '../features/supervision/rights/RightsCaseListPage';
import { RightsReportPage } from '../features/supervision/rights/RightsReportPage';
import { FirmSurveyAnswerPage } from '../features/supervision/firm-surveys/FirmSurveyAnswerPage';
import { FirmSurveyListPage } from '../features/supervision/firm-surveys/FirmSurveyListPage';
import { AssessmentDetailPage } from '../features/supervision/assessments/AssessmentDetailPage';
import { AssessmentListPage } from '../features/supervision/assessments/AssessmentListPage';
import { CommitteeDetailPage } from '../features/supervision/governance/CommitteeDetailPage';
import { CommitteeListPage } from '../features/supervision/governance/CommitteeListPage';
import { MeetingDetailPage } from '../features/supervision/governance/MeetingDetailPage';
import { MeetingCorrectPage, MeetingCreatePage } from '../features/supervision/governance/MeetingFormPages';
import { MeetingListPage } from '../features/supervision/governance/MeetingListPage';
import { ModelFirmDetailPage } from '../features/supervision/model-firms/ModelFirmDetailPage';
import { ModelFirmListPage } from '../features/supervision/model-firms/ModelFirmListPage';
import { PublicModelFirmsPage } from '../features/supervision/public/PublicModelFirmsPage';
import { SurveyDetailPage } from '../features/supervision/surveys/SurveyDetailPage';
import { SurveyCreatePage, SurveyEditPage } from '../features/supervision/surveys/SurveyFormPages';
import { SurveyListPage } from '../features/supervision/surveys/SurveyListPage';
import { permissions, type Permission } from '../shared/auth/session';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { homePath } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { RequirePermission } from './RequirePermission';
import { RequireSession } from './RequireSession';
import { RouteErrorPage } from './RouteErrorPage';
import { RootLayout } from './SessionExpiryWatcher';

const needs = (permission: Permission, page: ReactNode) => <RequirePermission permission={permission}>{page}</RequirePermission>;

/**
 * Every client route. The host answers unknown non-API paths with index.html, so deep links
 * and reloads land here; `*` catches what no page claims. Pages without a session (the public
 * look-up, sign-in) have their own layout; every other page needs a session (RequireSession sends
 * the user to sign in, and back) and, where it says so, a permission (else the 403 page).
 */
export const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      {
        path: '/public',
        element: <PublicLayout navigation />,
        children: [
          { index: true, element: <Navigate to="/public/lookup" replace /> },
          { path: 'lookup', element: <PublicLookupPage /> },
          { path: 'complaints', element: <PublicComplaintPage /> },
          { path: 'complaints/follow', element: <ComplaintFollowUpPage /> },
          { path: 'model-firms', element: <PublicModelFirmsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
      {
        path: '/sign-in',
        element: <PublicLayout subtitleKey="app.subtitle" />,
        children: [{ index: true, element: <SignInPage /> }],
      },
      {
        element: <RequireSession />,
        children: [
          {
            path: '/',
            element: <AppLayout />,
            children: [
              { index: true, element: <Navigate to={homePath} replace /> },
              { path: 'registry/regions', element: <RegionsPage /> },
              { path: 'registry/firms', element: needs(permissions.firmsRead, <FirmListPage />) },
              { path: 'registry/firms/new', element: needs(permissions.firmsWrite, <FirmCreatePage />) },
              { path: 'registry/firms/:id', element: needs(permissions.firmsRead, <FirmDetailPage />) },
              { path: 'registry/firms/:id/edit', element: needs(permissions.firmsWrite, <FirmEditPage />) },
              { path: 'registry/lawyers', element: needs(permissions.lawyersRead, <LawyerListPage />) },
              { path: 'registry/lawyers/new', element: needs(permissions.lawyersWrite, <LawyerCreatePage />) },
              { path: 'registry/lawyers/:id', element: needs(permissions.lawyersRead, <LawyerDetailPage />) },
              { path: 'registry/lawyers/:id/edit', element: needs(permissions.lawyersWrite, <LawyerEditPage />) },
              { path: 'registry/imports', element: needs(permissions.lawyersWrite, <ImportPage />) },
              { path: 'supervision/complaints', element: needs(permissions.complaintsRead, <ComplaintListPage />) },
              { path: 'supervision/complaints/new', element: needs(permissions.complaintsFile, <ComplaintFilePage />) },
              { path: 'supervision/complaints/:id', element: needs(permissions.complaintsRead, <ComplaintDetailPage />) },
              { path: 'supervision/rights-cases', element: needs(permissions.rightsRead, <RightsCaseListPage />) },
              { path: 'supervision/rights-cases/new', element: needs(permissions.rightsReport, <RightsReportPage />) },
              { path: 'supervision/rights-cases/:id', element: needs(permissions.rightsRead, <RightsCaseDetailPage />) },
              { path: 'supervision/integrity-records', element: needs(permissions.integrityRead, <IntegrityRecordListPage />) },
              { path: 'supervision/surveys', element: needs(permissions.surveysManage, <SurveyListPage />) },
              { path: 'supervision/surveys/new', element: needs(permissions.surveysManage, <SurveyCreatePage />) },
              { path: 'supervision/surveys/:id', element: needs(permissions.surveysManage, <SurveyDetailPage />) },
              { path: 'supervision/surveys/:id/edit', element: needs(permissions.surveysManage, <SurveyEditPage />) },
              { path: 'supervision/model-firms', element: needs(permissions.modelFirmsManage, <ModelFirmListPage />) },
              { path: 'supervision/model-firms/:id', element: needs(permissions.modelFirmsManage, <ModelFirmDetailPage />) },
              { path: 'supervision/assessments', element: needs(permissions.assessmentsRead, <AssessmentListPage />) },
              { path: 'supervision/assessments/:id', element: needs(permissions.assessmentsRead, <AssessmentDetailPage />) },
              { path: 'supervision/meetings', element: needs(permissions.governanceRead, <MeetingListPage />) },
              { path: 'supervision/meetings/new', element: needs(permissions.governanceManage, <MeetingCreatePage />) },
              { path: 'supervision/meetings/:id', element: needs(permissions.governanceRead, <MeetingDetailPage />) },
              { path: 'supervision/meetings/:id/edit', element: needs(permissions.governanceManage, <MeetingCorrectPage />) },
              { path: 'supervision/committees', element: needs(permissions.governanceRead, <CommitteeListPage />) },
              { path: 'supervision/committees/:id', element: needs(permissions.governanceRead, <CommitteeDetailPage />) },
              { path: 'supervision/firm-surveys', element: needs(permissions.surveysAnswer, <FirmSurveyListPage />) },
              { path: 'supervision/firm-surveys/:surveyId', element: needs(permissions.surveysAnswer, <FirmSurveyAnswerPage />) },
              { path: 'account', element: <AccountPage /> },
              { path: 'account/two-factor', element: <TwoFactorEnrolmentPage /> },
              { path: 'admin/users', element: needs(permissions.accessManage, <UserListPage />) },
              { path: 'admin/clients', element: needs(permissions.accessManage, <ClientListPage />) },
              { path: 'admin/outbox', element: needs(permissions.outboxManage, <OutboxMessageListPage />) },
              { path: 'admin/webhooks', element: needs(permissions.integrationManage, <WebhookListPage />) },
              { path: 'admin/webhooks/:id', element: needs(permissions.integrationManage, <WebhookDetailPage />) },
              { path: 'admin/national-exchange', element: needs(permissions.integrationManage, <NationalExchangePage />) },
              { path: 'admin/event-types', element: needs(permissions.integrationManage, <EventCataloguePage />) },
              { path: 'audit/records', element: needs(permissions.auditRead, <AuditRecordListPage />) },
              { path: 'audit/verification', element: needs(permissions.auditVerify, <AuditVerificationPage />) },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
];
