import {
  AimOutlined,
  AppstoreOutlined,
  ApiOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  DatabaseOutlined,
  EditOutlined,
  FileImageOutlined,
  FileSearchOutlined,
  FunnelPlotOutlined,
  KeyOutlined,
  LineChartOutlined,
  LinkOutlined,
  NodeIndexOutlined,
  RetweetOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { Permission } from '../lib/permissions';
import { roleCan } from '../lib/permissions';

export interface NavItem {
  key: string;
  labelKey: string;
  permission: Permission;
  icon: ReactNode;
}

/** The sider menu, in order; a role sees only what it may use and lands on the first one. */
export const NAV: NavItem[] = [
  { key: 'overview', labelKey: 'nav.overview', permission: 'analytics.read', icon: <DashboardOutlined /> },
  { key: 'trends', labelKey: 'nav.trends', permission: 'analytics.read', icon: <LineChartOutlined /> },
  { key: 'dashboards', labelKey: 'nav.dashboards', permission: 'analytics.read', icon: <AppstoreOutlined /> },
  { key: 'content', labelKey: 'nav.content', permission: 'analytics.read', icon: <FileSearchOutlined /> },
  { key: 'funnels', labelKey: 'nav.funnels', permission: 'analytics.read', icon: <FunnelPlotOutlined /> },
  { key: 'retention', labelKey: 'nav.retention', permission: 'analytics.read', icon: <RetweetOutlined /> },
  { key: 'paths', labelKey: 'nav.paths', permission: 'analytics.read', icon: <NodeIndexOutlined /> },
  { key: 'goals', labelKey: 'nav.goals', permission: 'analytics.read', icon: <AimOutlined /> },
  { key: 'studio', labelKey: 'nav.studio', permission: 'content.read', icon: <EditOutlined /> },
  { key: 'calendar', labelKey: 'nav.calendar', permission: 'content.read', icon: <CalendarOutlined /> },
  { key: 'review', labelKey: 'nav.review', permission: 'content.review', icon: <CheckSquareOutlined /> },
  { key: 'assets', labelKey: 'nav.assets', permission: 'content.read', icon: <FileImageOutlined /> },
  { key: 'compliance', labelKey: 'nav.compliance', permission: 'content.read', icon: <SafetyCertificateOutlined /> },
  { key: 'fans', labelKey: 'nav.fans', permission: 'fans.read', icon: <UserOutlined /> },
  { key: 'accounts', labelKey: 'nav.accounts', permission: 'accounts.read', icon: <LinkOutlined /> },
  { key: 'members', labelKey: 'nav.members', permission: 'members.read', icon: <TeamOutlined /> },
  { key: 'audit', labelKey: 'nav.audit', permission: 'audit.read', icon: <AuditOutlined /> },
  { key: 'tokens', labelKey: 'nav.tokens', permission: 'tokens.manage', icon: <KeyOutlined /> },
  { key: 'sources', labelKey: 'nav.sources', permission: 'workspace.read', icon: <DatabaseOutlined /> },
  { key: 'jobs', labelKey: 'nav.jobs', permission: 'jobs.read', icon: <ScheduleOutlined /> },
  { key: 'settings', labelKey: 'nav.settings', permission: 'workspace.read', icon: <SettingOutlined /> },
];

export const API_DOCS_ICON = <ApiOutlined />;

export function permittedNav(role: string): NavItem[] {
  return NAV.filter((n) => roleCan(role, n.permission));
}

export function firstPageFor(role: string): string {
  return permittedNav(role)[0]?.key ?? 'settings';
}
