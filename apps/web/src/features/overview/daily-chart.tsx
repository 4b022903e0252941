import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatInteger } from '../../lib/format';
import { EmptyState } from '../../lib/states';
import { echarts } from './echarts';
import type { Overview } from './overview.api';

/** Impressions (left axis) and engagements (right axis) per day in the workspace time zone. */
export function DailyChart({ daily }: { daily: Overview['daily'] }) {
  const { t, i18n } = useTranslation();
  if (daily.length === 0) return <EmptyState description={t('overview.noData')} />;
  return (
    <div data-testid="daily-chart">
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 320 }}
        notMerge
        option={{
          grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
          legend: { top: 0 },
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => formatInteger(v) },
          xAxis: { type: 'category', data: daily.map((d) => d.date), boundaryGap: false },
          yAxis: [
            { type: 'value', name: t('overview.kpi.impressions'), axisLabel: { formatter: (v: number) => formatCompact(v, i18n.language) } },
            { type: 'value', name: t('overview.kpi.engagements'), splitLine: { show: false }, axisLabel: { formatter: (v: number) => formatCompact(v, i18n.language) } },
          ],
          series: [
            { name: t('overview.kpi.impressions'), type: 'line', smooth: true, showSymbol: false, data: daily.map((d) => d.impressions), itemStyle: { color: '#4f46e5' }, areaStyle: { opacity: 0.08 } },
            { name: t('overview.kpi.engagements'), type: 'line', smooth: true, showSymbol: false, yAxisIndex: 1, data: daily.map((d) => d.engagements), itemStyle: { color: '#f59e0b' } },
          ],
        }}
      />
    </div>
  );
}
