import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { createSecretBox } from '@resonance/kernel';
import { findFanByIdentity, resolveEventFans, resolveFan, type IdentityInput } from '../src/index.js';

/**
 * Property tests of the identity rules (default rules: external_id and unionid identify a profile and
 * are limited to one per profile/namespace). A "link operation" is one resolveFan call with 1–3
 * identities from a small identifier space. The link graph joins identifiers used in the same operation.
 *
 * (a) Order independence holds whenever every connected component of the link graph holds at most
 *     one identity of an identifying kind (and so respects the limits): then the final grouping equals
 *     the components, whatever the order. Without that condition it does not hold in general (last test).
 * (b) No profile ever holds two external ids.  (c) Junk values never link: adding them changes nothing.
 */
const migrations = fileURLToPath(new URL('../migrations', import.meta.url));
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);

const SPACE: IdentityInput[] = [
  { kind: 'external_id', value: 'e1' },
  { kind: 'external_id', value: 'e2' },
  { kind: 'unionid', namespace: 'wx', value: 'u1' },
  { kind: 'anonymous_id', value: 'a1' },
  { kind: 'anonymous_id', value: 'a2' },
  { kind: 'anonymous_id', value: 'a3' },
  { kind: 'email', value: 'm1@x.io' },
  { kind: 'email', value: 'm2@x.io' },
  { kind: 'platform_user', namespace: 'acct_1', value: 'p1' },
  { kind: 'platform_user', namespace: 'acct_1', value: 'p2' },
];
const JUNK_VALUES = ['null', 'undefined', '0', '-1', 'anonymous', 'unknown', 'none', 'nil', '[object Object]', '', '  ', 'NULL', 'Anonymous', null, 0, -1, undefined];
const IDENTIFYING = new Set(['external_id', 'unionid']);
const name = (i: IdentityInput) => `${i.kind}:${i.namespace ?? ''}:${String(i.value)}`;

const op = fc.subarray(SPACE, { minLength: 1, maxLength: 3 });
const ops = fc.array(op, { minLength: 1, maxLength: 8 });
const junk = fc.record({ kind: fc.constantFrom('external_id' as const, 'anonymous_id' as const, 'email' as const, 'phone' as const), value: fc.constantFrom(...JUNK_VALUES) });

/** Connected components of the link graph (union-find), as sorted lists of identifier names. */
function components(seq: IdentityInput[][]): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => (parent.get(x) === x ? x : find(parent.get(x)!));
  for (const o of seq) for (const i of o) if (!parent.has(name(i))) parent.set(name(i), name(i));
  for (const o of seq) for (const i of o.slice(1)) parent.set(find(name(i)), find(name(o[0]!)));
  const groups = new Map<string, string[]>();
  for (const x of parent.keys()) groups.set(find(x), [...(groups.get(find(x)) ?? []), x]);
  return normalise([...groups.values()]);
}
const normalise = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
const orderIndependent = (seq: IdentityInput[][]) => components(seq).every((g) => g.filter((x) => IDENTIFYING.has(x.split(':')[0]!)).length <= 1);

describe.each(testDatabaseKinds())('identity rules (properties) on %s', (kind) => {
  let db: TestDatabase;
  let n = 0;
  const ws = () => `ws_p${++n}`;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrations]);
  });
  afterAll(async () => db?.close());

  async function run(w: string, seq: IdentityInput[][]): Promise<void> {
    for (const o of seq) await resolveFan(db, secrets, w, { identities: o });
  }
  /** Which stored identifiers share a fan. */
  async function grouping(w: string): Promise<string[][]> {
    const byFan = new Map<string, string[]>();
    for (const i of SPACE) {
      const fan = await findFanByIdentity(db, w, { kind: i.kind, namespace: i.namespace, value: String(i.value) });
      if (fan) byFan.set(fan, [...(byFan.get(fan) ?? []), name(i)]);
    }
    return normalise([...byFan.values()]);
  }
  async function maxExternalIdsPerFan(w: string): Promise<number> {
    const [r] = await db.query<{ n: number | null }>(
      `select max(c)::int as n from (select count(*) as c from fan_identities where workspace_id = $1 and kind = 'external_id' group by fan_id) t`,
      [w],
    );
    return r?.n ?? 0;
  }

  it('(a) the grouping does not depend on the order when each component has at most one identifying identity', async () => {
    let exercised = 0;
    await fc.assert(
      fc.asyncProperty(ops.filter(orderIndependent), fc.nat(), async (seq, seed) => {
        exercised++;
        const shuffled = fc.sample(fc.shuffledSubarray(seq, { minLength: seq.length, maxLength: seq.length }), { numRuns: 1, seed })[0]!;
        const [w1, w2] = [ws(), ws()];
        await run(w1, seq);
        await run(w2, [...shuffled].reverse());
        const expected = components(seq);
        expect(await grouping(w1)).toEqual(expected);
        expect(await grouping(w2)).toEqual(expected);
      }),
      { numRuns: 30 },
    );
    expect(exercised).toBe(30);
  });

  it('(b) no profile ever holds two external ids, in any sequence', async () => {
    await fc.assert(
      fc.asyncProperty(ops, async (seq) => {
        const w = ws();
        for (const o of seq) {
          await resolveFan(db, secrets, w, { identities: o });
          expect(await maxExternalIdsPerFan(w)).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 30 },
    );
  });

  it('(c) junk values never link: adding them to operations changes neither grouping nor stored identities', async () => {
    const withJunk = fc.array(fc.tuple(op, fc.array(junk, { maxLength: 2 })), { minLength: 1, maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(withJunk, async (seq) => {
        const [clean, dirty] = [ws(), ws()];
        await run(clean, seq.map(([o]) => o));
        for (const [o, j] of seq) await resolveFan(db, secrets, dirty, { identities: [...j, ...o].map((x) => x) });
        expect(await grouping(dirty)).toEqual(await grouping(clean));
        const [counts] = await db.query<{ clean: number; dirty: number }>(
          `select count(*) filter (where workspace_id = $1)::int as clean, count(*) filter (where workspace_id = $2)::int as dirty from fan_identities`,
          [clean, dirty],
        );
        expect(counts!.dirty).toBe(counts!.clean);
      }),
      { numRuns: 25 },
    );
  });

  it('(d) ingestion batches change nothing: one resolveEventFans batch = the same events one at a time (grouping, traits, seen times)', async () => {
    const at = (i: number) => new Date(Date.UTC(2026, 0, 1, 0, i));
    const profiles = (w: string) =>
      db.query<{ traits: unknown; first: Date; last: Date; ids: string }>(
        `select f.traits, f.first_seen_at as first, f.last_seen_at as last, string_agg(i.kind || ':' || case when i.value_enc is null then i.value else 'pii' end, ',' order by i.kind, i.value) as ids
           from fans f join fan_identities i on i.workspace_id = f.workspace_id and i.fan_id = f.id
          where f.workspace_id = $1 and f.merged_into is null group by f.id order by ids, f.traits::text`,
        [w],
      );
    await fc.assert(
      fc.asyncProperty(ops, async (seq) => {
        const [batched, single] = [ws(), ws()];
        const events = seq.map((o, i) => ({ identities: o, traits: { $set: { step: i, [`k${i % 3}`]: i } }, at: at(i) }));
        const together = await resolveEventFans(db, secrets, batched, events);
        const alone = [];
        for (const e of events) alone.push(...(await resolveEventFans(db, secrets, single, [e])));
        expect(await grouping(batched)).toEqual(await grouping(single));
        expect(await profiles(batched)).toEqual(await profiles(single));
        expect(together.map((r) => r.fanId === null)).toEqual(alone.map((r) => r.fanId === null));
        // (not the number of created fans: one by one, two new identifiers of one person may first make
        // two fans that a later event merges; the batch makes the person once — the end state is the same)
      }),
      { numRuns: 40 },
    );
  });

  it('without the condition the order can matter: a shared device used by two users', async () => {
    const [w1, w2] = [ws(), ws()];
    const first: IdentityInput[] = [{ kind: 'anonymous_id', value: 'dev' }, { kind: 'external_id', value: 'e1' }];
    const second: IdentityInput[] = [{ kind: 'anonymous_id', value: 'dev' }, { kind: 'external_id', value: 'e2' }];
    await run(w1, [first, second]);
    await run(w2, [second, first]);
    const dev = { kind: 'anonymous_id' as const, value: 'dev' };
    expect(await findFanByIdentity(db, w1, dev)).toBe(await findFanByIdentity(db, w1, { kind: 'external_id', value: 'e1' }));
    expect(await findFanByIdentity(db, w2, dev)).toBe(await findFanByIdentity(db, w2, { kind: 'external_id', value: 'e2' }));
  });
});
