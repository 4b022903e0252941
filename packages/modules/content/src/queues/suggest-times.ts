import type { BestTimeSlot } from '../ports.js';
import { GENERIC_BEST_TIMES, PLATFORM_BEST_TIMES, type DefaultWindow } from './default-best-times.js';

/** Which rule produced a suggestion. */
export type SuggestionRule = 'analytics_heatmap' | 'platform_default' | 'generic_default';

export interface TimeSuggestion {
  /** 0 = Monday … 6 = Sunday, local hour in the workspace time zone. */
  weekday: number;
  hour: number;
  /** Higher is better; only the order matters. */
  score: number;
}

export interface TimeSuggestions {
  rule: SuggestionRule;
  /** The platform whose default was used (platform_default), else null. */
  platform: string | null;
  reason: string;
  slots: TimeSuggestion[];
}

export const MAX_SUGGESTIONS = 12;

const daysOf = (w: DefaultWindow) => (w.days === 'weekdays' ? [0, 1, 2, 3, 4] : w.days === 'weekend' ? [5, 6] : [0, 1, 2, 3, 4, 5, 6]);

function expand(windows: readonly DefaultWindow[]): TimeSuggestion[] {
  const byKey = new Map<string, TimeSuggestion>();
  for (const w of windows)
    w.hours.forEach((hour, rank) => {
      for (const weekday of daysOf(w)) {
        const score = w.hours.length - rank;
        const prev = byKey.get(`${weekday}|${hour}`);
        if (!prev || prev.score < score) byKey.set(`${weekday}|${hour}`, { weekday, hour, score });
      }
    });
  return [...byKey.values()].sort((a, b) => b.score - a.score || a.weekday - b.weekday || a.hour - b.hour);
}

/**
 * Best posting times for one account: the analytics heatmap (its top slots) when it has data, otherwise the
 * platform's documented default, otherwise the generic default.
 */
export function suggestTimes(heatmap: readonly BestTimeSlot[] | null, platform: string): TimeSuggestions {
  if (heatmap?.length) {
    const slots = [...heatmap]
      .sort((a, b) => b.score - a.score || a.weekday - b.weekday || a.hour - b.hour)
      .slice(0, MAX_SUGGESTIONS)
      .map(({ weekday, hour, score }) => ({ weekday, hour, score }));
    return { rule: 'analytics_heatmap', platform: null, reason: "The account's posting-time heatmap (engagement by weekday and hour)", slots };
  }
  const known = PLATFORM_BEST_TIMES[platform];
  const def = known ?? GENERIC_BEST_TIMES;
  return { rule: known ? 'platform_default' : 'generic_default', platform: known ? platform : null, reason: def.reason, slots: expand(def.windows) };
}
