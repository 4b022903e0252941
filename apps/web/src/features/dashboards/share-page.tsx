import { EyeOutlined } from '@ant-design/icons';
import { Layout, Result, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { Brand } from '../../app/workspace-layout';
import { ApiError } from '../../lib/api';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { formatDateTime, zoneLabel } from '../../lib/time';
import { LanguageSwitch } from '../auth/language-switch';
import { DashboardGrid } from './dashboard-grid';
import { useSharedDashboard } from './dashboards.api';

/** A dashboard opened by a share link: read-only, no sign-in, the saved range and filters. */
export function SharePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const shared = useSharedDashboard(token);
  const data = shared.data;
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ background: '#fff', padding: '0 16px', display: 'flex', alignItems: 'center', gap: 12, borderBottom: '1px solid #eee' }}>
        <Brand />
        <div style={{ flex: 1 }} />
        <LanguageSwitch signedIn={false} />
      </Layout.Header>
      <Layout.Content style={{ padding: 24 }}>
        {shared.isPending ? (
          <Loading testId="share-loading" />
        ) : shared.error ? (
          shared.error instanceof ApiError && shared.error.status === 404 ? (
            <div data-testid="share-invalid">
              <Result status="404" title={t('dashboards.shareInvalid')} subTitle={t('dashboards.shareInvalidHint')} />
            </div>
          ) : (
            <ErrorState error={shared.error} onRetry={() => void shared.refetch()} />
          )
        ) : data ? (
          <>
            <div style={{ marginBottom: 16 }}>
              <Space align="center" wrap>
                <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">{data.dashboard.name}</Typography.Title>
                <Tag icon={<EyeOutlined />}>{t('dashboards.readOnly')}</Tag>
              </Space>
              <div>
                <Typography.Text type="secondary" data-testid="share-period">
                  {t('trends.period', { from: data.range.from, to: data.range.to })} · {zoneLabel(data.timeZone)} · {t('dashboards.linkExpires', { at: formatDateTime(data.expiresAt, data.timeZone) })}
                </Typography.Text>
              </div>
            </div>
            {data.tiles.length === 0 ? <EmptyState description={t('dashboards.noTilesShared')} /> : <DashboardGrid run={data} />}
          </>
        ) : null}
      </Layout.Content>
    </Layout>
  );
}
