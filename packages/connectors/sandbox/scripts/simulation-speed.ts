/**
 * How fast is the simulation? The demo seed's shape: six preset accounts, 250 posts each (1,500 posts).
 * Run: npx tsx packages/connectors/sandbox/scripts/simulation-speed.ts
 */
import { SANDBOX_ACCOUNT_KINDS, createSandboxWorld, demoPosts, simulatePostColumns, columnsToEvents, EVENT_TYPES } from '../src/index.js';

const startAt = new Date('2025-03-01T00:00:00+08:00');
const postsPerAccount = Number(process.argv[2] ?? 250);
const counts = new Float64Array(EVENT_TYPES.length);
let events = 0;
let posts = 0;
let worldMs = 0;
let simMs = 0;
let objectMs = 0;
for (const kind of SANDBOX_ACCOUNT_KINDS) {
  let t = performance.now();
  const world = createSandboxWorld({ seed: 'demo', followers: kind.followers, startAt, platformKind: kind.key });
  worldMs += performance.now() - t;
  const perKind = new Float64Array(EVENT_TYPES.length);
  for (const post of demoPosts(kind, postsPerAccount, startAt)) {
    t = performance.now();
    const cols = simulatePostColumns(world, post);
    simMs += performance.now() - t;
    t = performance.now();
    columnsToEvents(cols);
    objectMs += performance.now() - t;
    for (let i = 0; i < cols.count; i++) perKind[cols.type[i]!]! += 1;
    events += cols.count;
    posts++;
  }
  const imp = perKind[0]!;
  console.log(
    `${kind.key.padEnd(12)} events/post ${(perKind.reduce((a, b) => a + b, 0) / postsPerAccount).toFixed(0).padStart(5)}  ` +
      EVENT_TYPES.slice(1).map((name, i) => `${name} ${((perKind[i + 1]! / imp) * 100).toFixed(2)}%`).join(' '),
  );
  perKind.forEach((v, i) => (counts[i]! += v));
}
const imp = counts[0]!;
console.log(`posts ${posts}, events ${events}`);
console.log(`worlds ${worldMs.toFixed(0)} ms; simulate ${simMs.toFixed(0)} ms (${Math.round(events / (simMs / 1000)).toLocaleString('en')} events/s); as objects +${objectMs.toFixed(0)} ms`);
console.log(EVENT_TYPES.map((name, i) => `${name} ${counts[i]} (${((counts[i]! / imp) * 100).toFixed(2)}%)`).join('\n'));
