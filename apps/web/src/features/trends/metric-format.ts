/**
 * A metric's value as shown in the Trends table, dashboard tiles and CSV-free places, by catalog unit.
 * Shared with the e2e tests (which compare the page with the API), so independent of the UI language.
 * Ratios and percents come from the API as fractions (0.0345 = 3.45%).
 */
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatMetricValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  switch (unit) {
    case 'percent':
    case 'ratio':
      return `${(value * 100).toFixed(2)}%`;
    case 'currency':
      return money.format(value);
    default:
      return plain.format(value);
  }
}

/** Change against the previous period in percent; null when the previous value is 0. */
export function percentChange(current: number, previous: number): number | null {
  return previous === 0 ? null : ((current - previous) / Math.abs(previous)) * 100;
}
