import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import { echarts } from '../overview/echarts';
import type { PathsResult } from './paths.api';

/** The top paths by fans, as horizontal bars (the most common on top). */
export function PathsChart({ result, anchor }: { result: PathsResult; anchor: string }) {
  const { t } = useTranslation();
  const top = result.sequences.slice(0, 10).reverse();
  const label = (events: string[]) => {
    const path = events.length === 0 ? [t(`paths.nothing.${result.direction}`)] : events;
    return (result.direction === 'after' ? [anchor, ...path] : [...path, anchor]).join(' → ');
  };
  return (
    <div data-testid="paths-chart">
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: Math.max(200, top.length * 36) }}
        notMerge
        option={{
          grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => formatInteger(v) },
          xAxis: { type: 'value' },
          yAxis: { type: 'category', data: top.map((s) => label(s.events)), axisLabel: { width: 360, overflow: 'truncate' } },
          series: [
            {
              name: t('paths.fans'),
              type: 'bar',
              data: top.map((s) => s.fans),
              itemStyle: { color: '#4f46e5', borderRadius: [0, 4, 4, 0] },
              label: { show: true, position: 'right', formatter: ({ value }: { value: number }) => formatInteger(value) },
            },
          ],
        }}
      />
    </div>
  );
}
