import type { TFunction } from 'i18next';
import type { Language } from '../../lib/i18n/index';
import type { MetricDefinition } from '../metrics/metrics.api';
import type { Breakdown, TrendResult, TrendSeriesBody } from './trends.api';

type Line = TrendResult['series'][number]['lines'][number];

/** Names for a trend's series and breakdown values, shared by the Trends page, dashboard tiles and CSV export. */
export interface TrendLabels {
  series(i: number): string;
  metric(i: number): MetricDefinition | undefined;
  unit(i: number): string;
  group(group: string | null): string;
  /** Whether lines are breakdown values (else one line per series). */
  hasBreakdown: boolean;
  /** The series' name, with the breakdown value when there is a breakdown. */
  line(i: number, line: Line): string;
}

export function trendLabels(opts: {
  series: readonly TrendSeriesBody[];
  breakdown?: Breakdown | null;
  result: TrendResult;
  metrics: ReadonlyMap<string, MetricDefinition>;
  accounts: ReadonlyMap<string, string>;
  lang: Language;
  t: TFunction;
}): TrendLabels {
  const { series, breakdown, result, metrics, accounts, lang, t } = opts;
  const metricOf = (i: number) => {
    const s = series[i];
    return s && 'metric' in s ? metrics.get(s.metric) : undefined;
  };
  const seriesName = (i: number) => {
    const s = series[i];
    if (!s) return result.series[i]?.key ?? '';
    if ('metric' in s) return metrics.get(s.metric)?.name[lang] ?? s.metric;
    const math = s.math ?? 'count';
    return math === 'sum' ? t('trends.seriesSum', { event: s.event, property: s.property ?? '' }) : t(`trends.seriesMath.${math}`, { event: s.event });
  };
  const group = (g: string | null) => {
    if (g === null) return t('trends.noValue');
    if (breakdown?.field === 'account') return accounts.get(g) ?? g;
    return g === '' ? t('trends.emptyValue') : g;
  };
  return {
    series: seriesName,
    metric: metricOf,
    unit: (i) => result.series[i]?.unit ?? 'count',
    group,
    hasBreakdown: !!breakdown,
    line: (i, l) => (breakdown ? `${seriesName(i)} · ${group(l.group)}` : seriesName(i)),
  };
}
