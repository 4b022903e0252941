import { Card, Col, Row, Segmented, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import type { KpiKey } from '../../lib/format';
import { ErrorState, Loading } from '../../lib/states';
import { formatDate, formatRangeEnd, zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { GoalsCard } from '../goals/goals-card';
import { DailyChart } from './daily-chart';
import { FollowersChart } from './followers-chart';
import { KpiCard } from './kpi-card';
import { useOverview } from './overview.api';
import { TopPostsTable } from './top-posts-table';

const KPIS: KpiKey[] = ['followers', 'netFollows', 'postsPublished', 'impressions', 'engagements', 'engagementRate'];
const PERIODS = [7, 28, 90] as const;

export function OverviewPage() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const [days, setDays] = useState<number>(28);
  const overview = useOverview(workspace.id, days);
  const data = overview.data;
  const tz = data?.timeZone ?? workspace.timeZone;

  return (
    <>
      <PageHeader
        title={t('nav.overview')}
        subtitle={
          data ? (
            <span data-testid="overview-period">
              {t('overview.period', {
                from: formatDate(data.range.from, tz),
                to: formatRangeEnd(data.range.to, tz),
                prevFrom: formatDate(data.range.previousFrom, tz),
                prevTo: formatRangeEnd(data.range.previousTo, tz),
              })}{' '}
              · {zoneLabel(tz)}
            </span>
          ) : undefined
        }
        extra={
          <Segmented<number>
            data-testid="overview-days"
            value={days}
            onChange={setDays}
            options={PERIODS.map((d) => ({ value: d, label: <span data-testid={`days-${d}`}>{t('overview.lastDays', { count: d })}</span> }))}
          />
        }
      />
      {overview.isPending ? (
        <Loading testId="overview-loading" />
      ) : overview.error ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : data ? (
        <div data-testid="overview" style={{ opacity: overview.isPlaceholderData ? 0.6 : 1 }}>
          <Row gutter={[16, 16]}>
            {KPIS.map((k) => (
              <Col key={k} xs={24} sm={12} lg={8} xxl={4}>
                <KpiCard kpi={k} pair={data.totals[k]} />
              </Col>
            ))}
          </Row>
          <GoalsCard />
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} xl={14}>
              <Card title={t('overview.dailyTitle')} size="small">
                <DailyChart daily={data.daily} />
              </Card>
            </Col>
            <Col xs={24} xl={10}>
              <Card title={t('overview.followersTitle')} size="small">
                <FollowersChart rows={data.followersByAccount} />
              </Card>
            </Col>
          </Row>
          <Card title={t('overview.topPosts')} size="small" style={{ marginTop: 16 }}>
            <TopPostsTable posts={data.topPosts} timeZone={tz} />
          </Card>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {t('overview.footnote')}
          </Typography.Paragraph>
        </div>
      ) : null}
    </>
  );
}
