import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import { echarts } from '../overview/echarts';
import type { RetentionResult } from './retention.api';

/** Share of the cohorts' fans who came back in each period (cohorts weighted by size; only those that reached the period). */
export function RetentionCurve({ result }: { result: RetentionResult }) {
  const { t } = useTranslation();
  const label = (n: number) => t(`retention.periodN.${result.interval}`, { n });
  return (
    <div data-testid="retention-curve">
      <ReactEChartsCore
        echarts={echarts}
        style={{ height: 280 }}
        notMerge
        option={{
          grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
          tooltip: {
            trigger: 'axis',
            formatter: (ps: { dataIndex: number }[]) => {
              const c = result.curve[ps[0]!.dataIndex]!;
              return `${label(c.period)}: ${formatRate(c.rate)} (${formatInteger(c.returned)} / ${formatInteger(c.size)})`;
            },
          },
          xAxis: { type: 'category', data: result.curve.map((c) => label(c.period)), boundaryGap: false },
          yAxis: { type: 'value', min: 0, axisLabel: { formatter: (v: number) => formatRate(v) } },
          series: [
            {
              name: t('retention.rate'),
              type: 'line',
              smooth: true,
              data: result.curve.map((c) => c.rate),
              itemStyle: { color: '#4f46e5' },
              areaStyle: { opacity: 0.08 },
              connectNulls: false,
            },
          ],
        }}
      />
    </div>
  );
}
