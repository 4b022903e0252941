import { lazy, Suspense, type ReactNode } from 'react';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { Loading } from '../lib/states';
import { HomeRedirect } from './home-redirect';
import { RequireSignIn } from './require-sign-in';
import { RequirePermission } from './require-permission';
import { WorkspaceLayout } from './workspace-layout';

const LoginPage = lazy(() => import('../features/auth/login-page').then((m) => ({ default: m.LoginPage })));
const InviteAcceptPage = lazy(() => import('../features/members/invite-accept-page').then((m) => ({ default: m.InviteAcceptPage })));
const WelcomePage = lazy(() => import('../features/settings/welcome-page').then((m) => ({ default: m.WelcomePage })));
const OverviewPage = lazy(() => import('../features/overview/overview-page').then((m) => ({ default: m.OverviewPage })));
const TrendsPage = lazy(() => import('../features/trends/trends-page').then((m) => ({ default: m.TrendsPage })));
const DashboardsPage = lazy(() => import('../features/dashboards/dashboards-page').then((m) => ({ default: m.DashboardsPage })));
const DashboardPage = lazy(() => import('../features/dashboards/dashboard-page').then((m) => ({ default: m.DashboardPage })));
const SharePage = lazy(() => import('../features/dashboards/share-page').then((m) => ({ default: m.SharePage })));
const ContentInsightPage = lazy(() => import('../features/content-insight/content-insight-page').then((m) => ({ default: m.ContentInsightPage })));
const FunnelsPage = lazy(() => import('../features/funnels/funnels-page').then((m) => ({ default: m.FunnelsPage })));
const RetentionPage = lazy(() => import('../features/retention/retention-page').then((m) => ({ default: m.RetentionPage })));
const PathsPage = lazy(() => import('../features/paths/paths-page').then((m) => ({ default: m.PathsPage })));
const GoalsPage = lazy(() => import('../features/goals/goals-page').then((m) => ({ default: m.GoalsPage })));
const CompliancePage = lazy(() => import('../features/compliance/compliance-page').then((m) => ({ default: m.CompliancePage })));
const ReviewPage = lazy(() => import('../features/review/review-page').then((m) => ({ default: m.ReviewPage })));
const StudioListPage = lazy(() => import('../features/studio/studio-list-page').then((m) => ({ default: m.StudioListPage })));
const StudioEditorPage = lazy(() => import('../features/studio/studio-editor-page').then((m) => ({ default: m.StudioEditorPage })));
const CalendarPage = lazy(() => import('../features/calendar/calendar-page').then((m) => ({ default: m.CalendarPage })));
const AssetsPage = lazy(() => import('../features/assets/assets-page').then((m) => ({ default: m.AssetsPage })));
const FansPage = lazy(() => import('../features/fans/fans-page').then((m) => ({ default: m.FansPage })));
const FanProfilePage = lazy(() => import('../features/fans/fan-profile-page').then((m) => ({ default: m.FanProfilePage })));
const AccountsPage = lazy(() => import('../features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })));
const MembersPage = lazy(() => import('../features/members/members-page').then((m) => ({ default: m.MembersPage })));
const AuditPage = lazy(() => import('../features/audit/audit-page').then((m) => ({ default: m.AuditPage })));
const TokensPage = lazy(() => import('../features/tokens/tokens-page').then((m) => ({ default: m.TokensPage })));
const SourcesPage = lazy(() => import('../features/sources/sources-page').then((m) => ({ default: m.SourcesPage })));
const JobsPage = lazy(() => import('../features/jobs/jobs-page').then((m) => ({ default: m.JobsPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

const page = (node: ReactNode) => <Suspense fallback={<Loading />}>{node}</Suspense>;

export const router = createBrowserRouter([
  { path: '/login', element: page(<LoginPage />) },
  { path: '/invite/:code', element: page(<InviteAcceptPage />) },
  // a dashboard shared by link: read-only, no sign-in
  { path: '/share/:token', element: page(<SharePage />) },
  { path: '/', element: <RequireSignIn><HomeRedirect /></RequireSignIn> },
  { path: '/welcome', element: <RequireSignIn>{page(<WelcomePage />)}</RequireSignIn> },
  {
    path: '/w/:workspaceId',
    element: <RequireSignIn><WorkspaceLayout /></RequireSignIn>,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'overview', element: <RequirePermission permission="analytics.read">{page(<OverviewPage />)}</RequirePermission> },
      { path: 'trends', element: <RequirePermission permission="analytics.read">{page(<TrendsPage />)}</RequirePermission> },
      { path: 'dashboards', element: <RequirePermission permission="analytics.read">{page(<DashboardsPage />)}</RequirePermission> },
      { path: 'dashboards/:dashboardId', element: <RequirePermission permission="analytics.read">{page(<DashboardPage />)}</RequirePermission> },
      { path: 'content', element: <RequirePermission permission="analytics.read">{page(<ContentInsightPage />)}</RequirePermission> },
      { path: 'funnels', element: <RequirePermission permission="analytics.read">{page(<FunnelsPage />)}</RequirePermission> },
      { path: 'retention', element: <RequirePermission permission="analytics.read">{page(<RetentionPage />)}</RequirePermission> },
      { path: 'paths', element: <RequirePermission permission="analytics.read">{page(<PathsPage />)}</RequirePermission> },
      { path: 'goals', element: <RequirePermission permission="analytics.read">{page(<GoalsPage />)}</RequirePermission> },
      { path: 'compliance', element: <RequirePermission permission="content.read">{page(<CompliancePage />)}</RequirePermission> },
      { path: 'studio', element: <RequirePermission permission="content.read">{page(<StudioListPage />)}</RequirePermission> },
      { path: 'studio/:contentId', element: <RequirePermission permission="content.read">{page(<StudioEditorPage />)}</RequirePermission> },
      { path: 'calendar', element: <RequirePermission permission="content.read">{page(<CalendarPage />)}</RequirePermission> },
      { path: 'review', element: <RequirePermission permission="content.review">{page(<ReviewPage />)}</RequirePermission> },
      { path: 'assets', element: <RequirePermission permission="content.read">{page(<AssetsPage />)}</RequirePermission> },
      { path: 'fans', element: <RequirePermission permission="fans.read">{page(<FansPage />)}</RequirePermission> },
      { path: 'fans/:fanId', element: <RequirePermission permission="fans.read">{page(<FanProfilePage />)}</RequirePermission> },
      { path: 'accounts', element: <RequirePermission permission="accounts.read">{page(<AccountsPage />)}</RequirePermission> },
      { path: 'members', element: <RequirePermission permission="members.read">{page(<MembersPage />)}</RequirePermission> },
      { path: 'audit', element: <RequirePermission permission="audit.read">{page(<AuditPage />)}</RequirePermission> },
      { path: 'tokens', element: <RequirePermission permission="tokens.manage">{page(<TokensPage />)}</RequirePermission> },
      { path: 'sources', element: <RequirePermission permission="workspace.read">{page(<SourcesPage />)}</RequirePermission> },
      { path: 'jobs', element: <RequirePermission permission="jobs.read">{page(<JobsPage />)}</RequirePermission> },
      { path: 'settings', element: <RequirePermission permission="workspace.read">{page(<SettingsPage />)}</RequirePermission> },
    ],
  },
  { path: '*', element: <Navigate to="/" replace /> },
]);
