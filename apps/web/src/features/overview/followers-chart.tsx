import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatInteger } from '../../lib/format';
import { EmptyState } from '../../lib/states';
import { echarts } from './echarts';
import type { Overview } from './overview.api';

export function FollowersChart({ rows }: { rows: Overview['followersByAccount'] }) {
  const { t, i18n } = useTranslation();
  if (rows.length === 0) return <EmptyState description={t('overview.noAccounts')} />;
  const sorted = [...rows].sort((a, b) => a.followers - b.followers);
  return (
    <div data-testid="followers-chart">
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: Math.max(220, sorted.length * 44) }}
        notMerge
        option={{
          grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
          tooltip: {
            trigger: 'axis',
            axisPointer: { type: 'shadow' },
            valueFormatter: (v: number) => formatInteger(v),
          },
          xAxis: { type: 'value', axisLabel: { formatter: (v: number) => formatCompact(v, i18n.language) } },
          yAxis: { type: 'category', data: sorted.map((r) => r.accountName) },
          series: [
            {
              name: t('overview.kpi.followers'),
              type: 'bar',
              data: sorted.map((r) => r.followers),
              itemStyle: { color: '#4f46e5', borderRadius: [0, 4, 4, 0] },
              label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => formatInteger(value) },
            },
          ],
        }}
      />
    </div>
  );
}
