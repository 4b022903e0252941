import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Segmented, Select, Space, Table, Tooltip, Typography } from 'antd';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCompact } from '../../lib/format';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { MetricLabel, useMetricName } from '../metrics/metric-label';
import { POST_METRIC_COLUMNS, useContentComparison, type CompareBy, type Comparison, type ContentFilters, type PostMetricId } from './content-insight.api';
import { formatContentMean, formatContentMetric, isRate } from './content-format';
import { funnelStageLabel, pillarLabel } from './content-labels';
import { echarts } from './echarts';

const BY: CompareBy[] = ['platform', 'pillar', 'funnelStage', 'account'];
type Group = Comparison['groups'][number];

/** The post metrics per platform, pillar, funnel stage or account: group totals and per-post means. */
export function ComparePanel({ filters, platformName }: { filters: ContentFilters; platformName: (p: string) => string }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const metricName = useMetricName();
  const [by, setBy] = useState<CompareBy>('platform');
  const [metric, setMetric] = useState<PostMetricId>('engagement_rate_by_impressions');
  const q = useContentComparison(workspace.id, filters, by);

  const groupLabel = (g: Group) =>
    by === 'platform' ? platformName(g.key ?? '') : by === 'pillar' ? pillarLabel(g.key, i18n.language, t) : by === 'funnelStage' ? funnelStageLabel(g.key, t) : (g.label ?? g.key ?? t('contentInsight.notSet'));
  const axis = (v: number) => (isRate(metric) ? `${(v * 100).toFixed(1)}%` : formatCompact(v, i18n.language));

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t('contentInsight.compare.by')}</span>
          <Segmented<CompareBy>
            data-testid="compare-by"
            value={by}
            onChange={setBy}
            options={BY.map((b) => ({ value: b, label: <span data-testid={`compare-by-${b}`}>{t(`contentInsight.compare.byOptions.${b}`)}</span> }))}
          />
          <Select<PostMetricId>
            data-testid="compare-metric"
            value={metric}
            onChange={setMetric}
            style={{ minWidth: 220 }}
            options={POST_METRIC_COLUMNS.map((id) => ({ value: id, label: metricName(id) }))}
          />
          <Tooltip title={t('contentInsight.compare.help')}>
            <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
          </Tooltip>
        </Space>
      }
    >
      {q.isPending ? (
        <Loading testId="compare-loading" />
      ) : q.error && !q.data ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !q.data || q.data.groups.length === 0 ? (
        <EmptyState description={t('contentInsight.compare.empty')} />
      ) : (
        <div data-testid="compare" style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
          <Typography.Text strong>{t('contentInsight.compare.chartTitle', { metric: metricName(metric) })}</Typography.Text>
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 320 }}
            notMerge
            option={{
              grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
              legend: { top: 0 },
              tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatContentMean(metric, v) },
              xAxis: { type: 'category', data: q.data.groups.map(groupLabel), axisLabel: { interval: 0, rotate: q.data.groups.length > 6 ? 30 : 0 } },
              // rates share one axis (total and per-post mean are comparable); counts get one axis each
              yAxis: isRate(metric)
                ? [{ type: 'value', axisLabel: { formatter: axis } }]
                : [
                    { type: 'value', name: t('contentInsight.compare.total'), axisLabel: { formatter: axis } },
                    { type: 'value', name: t('contentInsight.compare.perPost'), splitLine: { show: false }, axisLabel: { formatter: axis } },
                  ],
              series: [
                { name: t('contentInsight.compare.total'), type: 'bar', data: q.data.groups.map((g) => g.metrics[metric]), itemStyle: { color: '#4f46e5' } },
                { name: t('contentInsight.compare.perPost'), type: 'bar', yAxisIndex: isRate(metric) ? 0 : 1, data: q.data.groups.map((g) => g.perPost[metric]), itemStyle: { color: '#f59e0b' } },
              ],
            }}
          />
          <Table<Group>
            data-testid="compare-table"
            size="small"
            rowKey={(g) => g.key ?? '∅'}
            dataSource={q.data.groups}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              { title: t('contentInsight.compare.group'), key: 'group', render: (_: unknown, g) => groupLabel(g) },
              { title: t('contentInsight.compare.posts'), dataIndex: 'posts', align: 'right' },
              {
                title: (
                  <span>
                    <MetricLabel id={metric} /> · {t('contentInsight.compare.total')}
                  </span>
                ),
                key: 'total',
                align: 'right',
                render: (_: unknown, g) => formatContentMetric(metric, g.metrics[metric]),
              },
              {
                title: `${t('contentInsight.compare.perPost')}`,
                key: 'perPost',
                align: 'right',
                render: (_: unknown, g) => formatContentMean(metric, g.perPost[metric]),
              },
              ...(['impressions', 'reach', 'engagements', 'gmv'] as const)
                .filter((id) => id !== metric)
                .map((id) => ({
                  title: <MetricLabel id={id} short />,
                  key: id,
                  align: 'right' as const,
                  render: (_: unknown, g: Group) => formatContentMetric(id, g.metrics[id]),
                })),
            ]}
          />
        </div>
      )}
    </Card>
  );
}
