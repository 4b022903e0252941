import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatCompact, formatInteger, formatRate } from '../../lib/format';
import { echarts } from '../overview/echarts';
import type { FunnelStep } from './funnels.api';

/** Fans per step as bars, each labelled with its conversion from step 1. */
export function FunnelChart({ steps }: { steps: FunnelStep[] }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="funnel-chart">
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 320 }}
        notMerge
        option={{
          grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatInteger(v) },
          xAxis: { type: 'category', data: steps.map((s) => `${s.step}. ${s.event}`), axisLabel: { interval: 0 } },
          yAxis: { type: 'value', name: t('funnels.fans'), axisLabel: { formatter: (v: number) => formatCompact(v, i18n.language) } },
          series: [
            {
              name: t('funnels.fans'),
              type: 'bar',
              barMaxWidth: 72,
              data: steps.map((s) => s.fans),
              itemStyle: { color: '#4f46e5', borderRadius: [4, 4, 0, 0] },
              label: {
                show: true,
                position: 'top',
                formatter: ({ dataIndex }: { dataIndex: number }) => `${formatInteger(steps[dataIndex]!.fans)} · ${formatRate(steps[dataIndex]!.conversionFromFirst)}`,
              },
            },
          ],
        }}
      />
    </div>
  );
}
