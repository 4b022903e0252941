/**
 * A goal's numbers by the metric's catalog unit (shared with the e2e test, so independent of the UI
 * language). Rates are fractions from the API (0.034 = 3.40%).
 */
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const money = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export const isRateUnit = (unit: string | undefined) => unit === 'percent' || unit === 'ratio';

export function formatGoalValue(value: number | null | undefined, unit: string | undefined): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (isRateUnit(unit)) return `${(value * 100).toFixed(2)}%`;
  if (unit === 'currency') return money.format(value);
  return plain.format(value);
}

/** Progress as a percentage ("45%"), not clamped. */
export function formatFraction(fraction: number | null | undefined): string {
  return fraction === null || fraction === undefined ? '—' : `${Math.round(fraction * 100)}%`;
}
