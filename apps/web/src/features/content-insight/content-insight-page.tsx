import { DatePicker, Select, Space, Tabs, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, Loading } from '../../lib/states';
import { dayjs, zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useAccountDirectory } from '../fans/use-account-directory';
import { BestTimeCards } from './best-time-cards';
import { ComparePanel } from './compare-panel';
import { useContentHeatmap, type ContentFilters } from './content-insight.api';
import { FUNNEL_STAGES, KNOWN_PILLARS, funnelStageLabel, pillarLabel } from './content-labels';
import { PostLeaderboard, type LeaderboardSort } from './post-leaderboard';
import { PostingHeatmap } from './posting-heatmap';

type Tab = 'leaderboard' | 'compare' | 'heatmap';

/** The last 28 local days of the workspace zone, today included (as the server defaults). */
function defaultRange(timeZone: string): { from: string; to: string } {
  const to = dayjs().tz(timeZone).format('YYYY-MM-DD');
  return { from: dayjs(to).subtract(27, 'day').format('YYYY-MM-DD'), to };
}

function HeatmapTab({ filters, platformName }: { filters: ContentFilters; platformName: (p: string) => string }) {
  const { workspace } = useWorkspace();
  const q = useContentHeatmap(workspace.id, { from: filters.from, to: filters.to, accountId: filters.accountId });
  if (q.isPending) return <Loading testId="heatmap-loading" />;
  if (q.error && !q.data) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!q.data) return null;
  return (
    <div style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
      <PostingHeatmap data={q.data} />
      <BestTimeCards bestTimes={q.data.bestTimes} platformName={platformName} />
    </div>
  );
}

/** Content insight: post leaderboard, comparison by platform / pillar / funnel stage / account, posting times. */
export function ContentInsightPage() {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const tz = workspace.timeZone;
  const directory = useAccountDirectory(workspace.id);
  const [range, setRange] = useState(() => defaultRange(tz));
  const [accountId, setAccountId] = useState<string>();
  const [platform, setPlatform] = useState<string>();
  const [pillar, setPillar] = useState<string>();
  const [funnelStage, setFunnelStage] = useState<string>();
  const [tab, setTab] = useState<Tab>('leaderboard');
  const [sort, setSort] = useState<LeaderboardSort>({ sort: 'engagements', order: 'desc' });
  const filters: ContentFilters = useMemo(() => ({ ...range, accountId, platform, pillar, funnelStage }), [range, accountId, platform, pillar, funnelStage]);
  const platforms = [...new Set(directory.accounts.map((a) => a.platform))];

  return (
    <>
      <PageHeader
        title={t('nav.content')}
        subtitle={<span data-testid="content-period">{t('contentInsight.subtitle', { from: range.from, to: range.to, zone: zoneLabel(tz) })}</span>}
      />
      <Space wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          data-testid="content-range"
          allowClear={false}
          value={[dayjs(range.from), dayjs(range.to)]}
          onChange={(v) => {
            if (v?.[0] && v[1]) setRange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
          }}
        />
        <Select
          data-testid="content-account"
          allowClear
          placeholder={t('contentInsight.filters.account')}
          style={{ minWidth: 200 }}
          value={accountId}
          onChange={setAccountId}
          options={directory.accounts.map((a) => ({ value: a.id, label: a.name }))}
        />
        <Select
          data-testid="content-platform"
          allowClear
          placeholder={t('contentInsight.filters.platform')}
          style={{ minWidth: 160 }}
          value={platform}
          onChange={setPlatform}
          options={platforms.map((p) => ({ value: p, label: directory.platformName(p) }))}
        />
        {tab !== 'heatmap' ? (
          <>
            <Select
              data-testid="content-pillar"
              allowClear
              placeholder={t('contentInsight.filters.pillar')}
              style={{ minWidth: 170 }}
              value={pillar}
              onChange={setPillar}
              options={KNOWN_PILLARS.map((p) => ({ value: p, label: pillarLabel(p, i18n.language, t) }))}
            />
            <Select
              data-testid="content-funnel-stage"
              allowClear
              placeholder={t('contentInsight.filters.funnelStage')}
              style={{ minWidth: 170 }}
              value={funnelStage}
              onChange={setFunnelStage}
              options={FUNNEL_STAGES.map((s) => ({ value: s, label: funnelStageLabel(s, t) }))}
            />
          </>
        ) : null}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(k) => setTab(k as Tab)}
        destroyOnHidden
        items={[
          {
            key: 'leaderboard',
            label: <span data-testid="tab-leaderboard">{t('contentInsight.tabs.leaderboard')}</span>,
            children: <PostLeaderboard filters={filters} sort={sort} onSort={setSort} platformName={directory.platformName} />,
          },
          {
            key: 'compare',
            label: <span data-testid="tab-compare">{t('contentInsight.tabs.compare')}</span>,
            children: <ComparePanel filters={filters} platformName={directory.platformName} />,
          },
          {
            key: 'heatmap',
            label: <span data-testid="tab-heatmap">{t('contentInsight.tabs.heatmap')}</span>,
            children: <HeatmapTab filters={filters} platformName={directory.platformName} />,
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
        {t('contentInsight.footnote')}
      </Typography.Paragraph>
    </>
  );
}
