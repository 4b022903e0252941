import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../lib/format';
import { LEXICON_CATEGORIES, SEVERITIES, type ComplianceMetrics } from './compliance.api';
import { SEVERITY_LINE } from './compliance-labels';
import { echarts } from './echarts';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
const grid = { left: 8, right: 16, top: 40, bottom: 8, containLabel: true };

/** Violation rate per period, with the seeds' band from the start level down to the target. */
export function RateChart({ data }: { data: ComplianceMetrics }) {
  const { t } = useTranslation();
  const { start, goal } = data.target;
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 300 }}
      notMerge
      option={{
        grid,
        legend: { top: 0 },
        tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : formatRate(v)) },
        xAxis: { type: 'category', data: data.series.map((p) => p.period) },
        yAxis: { type: 'value', axisLabel: { formatter: pct }, max: (v: { max: number }) => Math.max(v.max, start) * 1.1 },
        series: [
          {
            name: t('compliance.metrics.rate'),
            type: 'line',
            connectNulls: true,
            data: data.series.map((p) => p.rate),
            itemStyle: { color: '#4f46e5' },
            markArea: { silent: true, itemStyle: { color: 'rgba(82, 196, 26, 0.08)' }, data: [[{ yAxis: goal }, { yAxis: start }]] },
            markLine: {
              silent: true,
              symbol: 'none',
              data: [
                { yAxis: goal, name: t('compliance.metrics.target', { goal: pct(goal) }), lineStyle: { color: '#52c41a', type: 'dashed' } },
                { yAxis: start, name: t('compliance.metrics.startLevel', { start: pct(start) }), lineStyle: { color: '#faad14', type: 'dashed' } },
              ],
              label: { formatter: '{b}', position: 'insideEndTop' },
            },
          },
        ],
      }}
    />
  );
}

/** Passed / human review / blocked items per period (stacked). */
export function DecisionsChart({ data }: { data: ComplianceMetrics }) {
  const { t } = useTranslation();
  const bar = (key: 'passed' | 'review' | 'blocked', color: string) => ({
    name: t(`compliance.metrics.${key}`),
    type: 'bar',
    stack: 'd',
    data: data.series.map((p) => p[key]),
    itemStyle: { color },
  });
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 260 }}
      notMerge
      option={{
        grid,
        legend: { top: 0 },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: data.series.map((p) => p.period) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [bar('passed', '#52c41a'), bar('review', '#faad14'), bar('blocked', '#f5222d')],
      }}
    />
  );
}

/** Flagged items per period by category (stacked), or by highest severity. */
export function BreakdownChart({ data, by }: { data: ComplianceMetrics; by: 'category' | 'severity' }) {
  const { t } = useTranslation();
  const keys: readonly string[] = by === 'category' ? [...LEXICON_CATEGORIES, 'pii', 'disclosure'] : SEVERITIES;
  const present = keys.filter((k) => (by === 'category' ? data.totals.byCategory[k] : data.totals.bySeverity[k]));
  return (
    <ReactEChartsCore
      echarts={echarts}
      style={{ height: 260 }}
      notMerge
      option={{
        grid,
        legend: { top: 0, type: 'scroll' },
        tooltip: { trigger: 'axis' },
        xAxis: { type: 'category', data: data.series.map((p) => p.period) },
        yAxis: { type: 'value', minInterval: 1 },
        series: present.map((k) => ({
          name: t(by === 'category' ? `compliance.categories.${k}` : `compliance.severities.${k}`),
          type: 'bar',
          stack: by,
          data: data.series.map((p) => (by === 'category' ? p.byCategory[k] : p.bySeverity[k]) ?? 0),
          ...(by === 'severity' ? { itemStyle: { color: SEVERITY_LINE[k] } } : {}),
        })),
      }}
    />
  );
}
