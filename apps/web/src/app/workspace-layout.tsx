import { ClockCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Layout, Menu, Result, Select, Space, Tooltip, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigate, useParams } from 'react-router-dom';
import { LanguageSwitch } from '../features/auth/language-switch';
import { UserMenu } from '../features/auth/user-menu';
import { NotificationBell } from '../features/notifications/notification-bell';
import { CreateWorkspaceModal } from '../features/settings/create-workspace-modal';
import { useMe } from '../lib/session';
import { zoneLabel } from '../lib/time';
import { WorkspaceProvider } from '../lib/workspace-context';
import { rememberWorkspace } from './home-redirect';
import { firstPageFor, permittedNav } from './nav';

const { Header, Sider, Content } = Layout;

export function Brand() {
  return (
    <Space size={8} align="center">
      <img src="/favicon.svg" width={28} height={28} alt="" />
      <Typography.Text strong style={{ fontSize: 16, color: 'inherit' }}>
        Resonance 共鸣
      </Typography.Text>
    </Space>
  );
}

export function WorkspaceLayout() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const { workspaceId } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const workspace = me?.workspaces.find((w) => w.id === workspaceId);

  useEffect(() => {
    if (workspace) rememberWorkspace(workspace.id);
  }, [workspace]);

  if (!me) return null;
  if (!workspace) {
    return <Result status="404" title={t('common.workspaceNotFound')} extra={<Link to="/">{t('common.backHome')}</Link>} />;
  }
  const section = location.pathname.split('/')[3] ?? '';
  const nav = permittedNav(workspace.role);

  return (
    <WorkspaceProvider me={me} workspace={workspace}>
      <Layout style={{ minHeight: '100vh' }}>
        <Sider breakpoint="lg" collapsedWidth={56} theme="light" width={208} style={{ borderRight: '1px solid #eee' }}>
          <div style={{ padding: '16px 16px 8px', overflow: 'hidden', whiteSpace: 'nowrap' }}>
            <Brand />
          </div>
          <Menu
            data-testid="nav"
            mode="inline"
            selectedKeys={[section]}
            items={nav.map((n) => ({
              key: n.key,
              icon: n.icon,
              label: <Link to={`/w/${workspace.id}/${n.key}`} data-testid={`nav-${n.key}`}>{t(n.labelKey)}</Link>,
            }))}
          />
          <div style={{ padding: 16 }}>
            <a href="/api/docs" target="_blank" rel="noreferrer">{t('nav.apiDocs')}</a>
          </div>
        </Sider>
        <Layout>
          <Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #eee' }}>
            <Select
              data-testid="workspace-switcher"
              value={workspace.id}
              style={{ minWidth: 220 }}
              options={me.workspaces.map((w) => ({ value: w.id, label: w.name }))}
              onChange={(id) => {
                const target = me.workspaces.find((w) => w.id === id);
                if (target) navigate(`/w/${target.id}/${nav.some((n) => n.key === section) && permittedNav(target.role).some((n) => n.key === section) ? section : firstPageFor(target.role)}`);
              }}
            />
            <Tooltip title={t('header.createWorkspace')}>
              <Button data-testid="create-workspace" icon={<PlusOutlined />} onClick={() => setCreating(true)} aria-label={t('header.createWorkspace')} />
            </Tooltip>
            <Typography.Text type="secondary" data-testid="workspace-timezone" style={{ whiteSpace: 'nowrap' }}>
              <ClockCircleOutlined /> {zoneLabel(workspace.timeZone)}
            </Typography.Text>
            <div style={{ flex: 1 }} />
            <LanguageSwitch signedIn />
            <NotificationBell />
            <UserMenu me={me} />
          </Header>
          <Content style={{ padding: 24 }}>
            <Outlet />
          </Content>
        </Layout>
      </Layout>
      <CreateWorkspaceModal open={creating} onClose={() => setCreating(false)} />
    </WorkspaceProvider>
  );
}
