/** Paths as defined in README.md, fan by fan in plain TypeScript. */
import type { PathsQuery } from '../src/paths/paths.schema.js';
import { byTimeThenSeq, matchesAll, type StoredEvent } from './event-log.js';

const compareArrays = (a: string[], b: string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
};

export function referencePaths(events: readonly StoredEvent[], q: PathsQuery, start: Date, end: Date) {
  const inRange = events.filter((e) => e.canonical !== null && e.at >= start && e.at < end && matchesAll(e, q.filters));
  const isAnchor = (e: StoredEvent) => e.name === q.event && matchesAll(e, q.eventFilters);
  const counts = new Map<string, { events: string[]; occurrences: number; fans: Set<string> }>();
  let totalOccurrences = 0;
  const fans = new Set(inRange.filter(isAnchor).map((e) => e.canonical!));
  for (const fan of fans) {
    const mine = inRange.filter((e) => e.canonical === fan && !q.excludeEvents?.includes(e.name)).sort(byTimeThenSeq);
    const runs: { name: string; anchors: number }[] = [];
    for (const e of mine) {
      if (runs.length === 0 || runs[runs.length - 1]!.name !== e.name) runs.push({ name: e.name, anchors: 0 });
      if (isAnchor(e)) runs[runs.length - 1]!.anchors++;
    }
    runs.forEach((run, i) => {
      if (run.anchors === 0) return;
      const path = (q.direction === 'after' ? runs.slice(i + 1, i + 1 + q.steps) : runs.slice(Math.max(0, i - q.steps), i)).map((r) => r.name);
      const key = JSON.stringify(path);
      const c = counts.get(key) ?? { events: path, occurrences: 0, fans: new Set<string>() };
      c.occurrences += run.anchors;
      c.fans.add(fan);
      counts.set(key, c);
      totalOccurrences += run.anchors;
    });
  }
  const all = [...counts.values()]
    .map((c) => ({ events: c.events, occurrences: c.occurrences, fans: c.fans.size }))
    .sort((a, b) => b.fans - a.fans || b.occurrences - a.occurrences || compareArrays(a.events, b.events));
  return { totalOccurrences, totalFans: fans.size, totalSequences: all.length, sequences: all.slice(0, q.limit) };
}
