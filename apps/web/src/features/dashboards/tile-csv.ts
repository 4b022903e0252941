import type { TFunction } from 'i18next';
import type { FunnelResult } from '../funnels/funnels.api';
import type { PathsResult } from '../paths/paths.api';
import type { RetentionResult } from '../retention/retention.api';
import type { CsvCell } from './csv';

/** Fans per step with the conversions (fractions) and the median seconds from the previous step. */
export function funnelCsvRows(r: FunnelResult, t: TFunction): CsvCell[][] {
  return [
    [t('dashboards.csv.step'), t('dashboards.csv.event'), t('dashboards.csv.fans'), t('dashboards.csv.fromPrevious'), t('dashboards.csv.fromFirst'), t('dashboards.csv.dropped'), t('dashboards.csv.medianSeconds')],
    ...r.steps.map((s) => [s.step, s.event, s.fans, s.conversionFromPrevious, s.conversionFromFirst, s.dropped, s.medianSecondsFromPrevious]),
  ];
}

/** One row per cohort: its size and the fans back in each later period (empty = not started yet). */
export function retentionCsvRows(r: RetentionResult, t: TFunction): CsvCell[][] {
  return [
    [t('dashboards.csv.cohort'), t('dashboards.csv.size'), ...Array.from({ length: r.periods }, (_, i) => t('dashboards.csv.period', { n: i + 1 }))],
    ...r.cohorts.map((c) => [c.cohort, c.size, ...c.returned]),
  ];
}

/** The most common paths: the events in time order, occurrences and fans. */
export function pathsCsvRows(r: PathsResult, anchor: string, t: TFunction): CsvCell[][] {
  return [
    [t('dashboards.csv.path'), t('dashboards.csv.occurrences'), t('dashboards.csv.fans')],
    ...r.sequences.map((s) => [(r.direction === 'after' ? [anchor, ...s.events] : [...s.events, anchor]).join(' → '), s.occurrences, s.fans]),
  ];
}
