import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNTS_MIGRATIONS_DIR, listAccounts } from '@resonance/accounts';
import { AUDIT_MIGRATIONS_DIR, listAuditEntries, verifyAuditChain } from '@resonance/audit';
import { computeOverview, type Overview } from '@resonance/analytics';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { EVENTS_MIGRATIONS_DIR } from '@resonance/events';
import { fansModule, getFan } from '@resonance/fans';
import { findUserByEmail, identityAccessModule } from '@resonance/identity-access';
import { createLogger, createSecretBox, manualClock } from '@resonance/kernel';
import { publishingModule } from '@resonance/publishing';
import { SANDBOX_ACCOUNT_KINDS } from '@resonance/connector-sandbox';
import { DEMO_EMAIL, DEMO_WORKSPACE_NAME, isDatabaseEmpty, seedDemo, type SeedDemoResult } from '../src/index.js';

const dirs = [identityAccessModule, fansModule, publishingModule].map((m) => m.migrationsDir!).concat(EVENTS_MIGRATIONS_DIR, ACCOUNTS_MIGRATIONS_DIR, AUDIT_MIGRATIONS_DIR);
const secrets = createSecretBox([{ id: 'k1', key: randomBytes(32) }]);
const logger = createLogger({}, 'error');
const NOW = new Date('2026-06-15T04:00:00Z');
const small = { fans: 300, days: 30 };

async function seeded(kind: 'pglite' | 'postgres', seed: number) {
  const db = await createTestDatabase(kind, dirs);
  const res = await seedDemo({ db, secrets, clock: manualClock(NOW), logger }, { ...small, seed });
  const accounts = (await listAccounts(db, res.workspaceId)).map((a) => ({ id: a.id, name: a.name, platform: a.platform, simulates: a.simulates }));
  const overview = await computeOverview(db, res.workspaceId, { timeZone: 'Asia/Shanghai', accounts, now: NOW });
  return { db, res, overview };
}

/** The numbers of an overview without ids (ids are random; the numbers are not). */
const numbers = (o: Overview) => ({
  totals: o.totals,
  daily: o.daily,
  followers: o.followersByAccount.map((a) => `${a.accountName} ${a.followers} ${a.netFollows}`).sort(),
  top: o.topPosts.map((p) => [p.title, p.impressions, p.engagements]),
});

describe.each(testDatabaseKinds())('demo seed on %s', (kind) => {
  let db: TestDatabase;
  let res: SeedDemoResult;
  let overview: Overview;
  const one = async <T>(sql: string) => (await db.query<T>(sql, [res.workspaceId]))[0]!;

  beforeAll(async () => {
    const empty = await createTestDatabase(kind, dirs);
    expect(await isDatabaseEmpty(empty)).toBe(true);
    await empty.close();
    ({ db, res, overview } = await seeded(kind, 7));
  });
  afterAll(async () => db?.close());

  it('creates the demo user, workspace and six sandbox accounts named after platform kinds', async () => {
    expect(await isDatabaseEmpty(db)).toBe(false);
    expect(res.email).toBe(DEMO_EMAIL);
    expect((await findUserByEmail(db, DEMO_EMAIL))?.locale).toBe('zh-CN');
    expect(await one<{ name: string; time_zone: string }>('select name, time_zone from workspaces where id = $1')).toEqual({ name: DEMO_WORKSPACE_NAME, time_zone: 'Asia/Shanghai' });
    const accounts = await listAccounts(db, res.workspaceId);
    const rows = (xs: string[][]) => xs.map((x) => x.join(' ')).sort();
    expect(rows(accounts.map((a) => [a.platform, a.simulates!, a.name]))).toEqual(rows(SANDBOX_ACCOUNT_KINDS.map((k) => ['sandbox', k.key, k.name])));
  });

  it("records the demo's creation in the workspace audit log, as the system, on an intact chain", async () => {
    const page = await listAuditEntries(db, res.workspaceId, {}, { limit: 50 });
    expect(page.items.map((e) => e.action).sort()).toEqual(['account.connect', 'account.connect', 'account.connect', 'account.connect', 'account.connect', 'account.connect', 'brand.create', 'member.add', 'workspace.create']);
    expect(page.items.every((e) => e.actorType === 'system')).toBe(true);
    expect((await verifyAuditChain(db, { workspaceId: res.workspaceId })).ok).toBe(true);
  });

  it('reports counts that match the database', async () => {
    expect(await one<{ n: number }>('select count(*)::int as n from fans where workspace_id = $1')).toEqual({ n: res.stats.fans });
    expect(await one<{ n: number }>('select count(*)::int as n from events where workspace_id = $1')).toEqual({ n: res.stats.events });
    expect(await one<{ n: number }>('select count(*)::int as n from publications where workspace_id = $1')).toEqual({ n: res.stats.posts });
    expect(await one<{ n: number }>(`select count(*)::int as n from events where workspace_id = $1 and name = 'post_published'`)).toEqual({ n: res.stats.posts });
    expect(res.stats.fans).toBeGreaterThanOrEqual(small.fans);
    expect(res.stats.posts).toBeGreaterThan(100);
    expect(res.stats.events).toBeGreaterThan(1_000);
  });

  it("tags every post_published event with its publication's pillar and funnel stage (content insight groups by them)", async () => {
    const r = await one<{ n: number; untagged: number; mismatched: number }>(`
      select count(*)::int as n,
             count(*) filter (where e.properties->>'pillar' is null or e.properties->>'funnelStage' is null)::int as untagged,
             count(*) filter (where e.properties->>'pillar' is distinct from p.pillar or e.properties->>'funnelStage' is distinct from p.funnel_stage)::int as mismatched
        from events e join publications p on p.workspace_id = e.workspace_id and p.id = e.publication_id
       where e.workspace_id = $1 and e.name = 'post_published'`);
    expect(r).toEqual({ n: res.stats.posts, untagged: 0, mismatched: 0 });
  });

  it('keeps follower counts consistent: never negative, one follow state per fan and account', async () => {
    const negative = await one<{ n: number }>(`
      select count(*)::int as n from (
        select sum(case when name = 'follow' then 1 else -1 end) over (partition by account_id order by occurred_at, seq) as running
          from events where workspace_id = $1 and name in ('follow', 'unfollow')) t where running < 0`);
    expect(negative.n).toBe(0);
    const odd = await one<{ n: number }>(`
      select count(*)::int as n from (
        select fan_id, account_id, sum(case when name = 'follow' then 1 else -1 end) as s
          from events where workspace_id = $1 and name in ('follow', 'unfollow') group by 1, 2) t where s not in (0, 1)`);
    expect(odd.n).toBe(0);
    expect(overview.followersByAccount.every((a) => a.followers > 0)).toBe(true);
  });

  it('links every event to existing fans and publications; only passive views are anonymous', async () => {
    const orphans = await one<{ fans: number; pubs: number; anonymous_actions: number; anonymous_views: number }>(`
      select count(*) filter (where e.fan_id is not null and f.id is null)::int as fans,
             count(*) filter (where e.publication_id is not null and p.id is null)::int as pubs,
             count(*) filter (where e.fan_id is null and e.name not in ('impression', 'video_view', 'video_complete', 'post_published'))::int as anonymous_actions,
             count(*) filter (where e.fan_id is null and e.name = 'impression')::int as anonymous_views
        from events e
        left join fans f on f.workspace_id = e.workspace_id and f.id = e.fan_id
        left join publications p on p.workspace_id = e.workspace_id and p.id = e.publication_id
       where e.workspace_id = $1`);
    expect(orphans).toMatchObject({ fans: 0, pubs: 0, anonymous_actions: 0 });
    expect(orphans.anonymous_views).toBeGreaterThan(0);
    const late = await one<{ n: number }>(`select count(*)::int as n from events where workspace_id = $1 and occurred_at > '${NOW.toISOString()}'`);
    expect(late.n).toBe(0);
  });

  it('gives every fan a platform identity on a workspace account, and some encrypted e-mail/phone', async () => {
    const r = await one<{ without: number; foreign_ns: number; pii: number; pii_plain: number }>(`
      select (select count(*) from fans f where f.workspace_id = $1
                 and not exists (select 1 from fan_identities i where i.fan_id = f.id and i.kind = 'platform_user'))::int as without,
             (select count(*) from fan_identities i where i.workspace_id = $1 and i.kind = 'platform_user'
                 and i.namespace not in (select id from accounts where workspace_id = $1))::int as foreign_ns,
             (select count(*) from fan_identities i where i.workspace_id = $1 and i.kind in ('email', 'phone') and i.value_enc is not null)::int as pii,
             (select count(*) from fan_identities i where i.workspace_id = $1 and i.kind in ('email', 'phone') and i.value not like 'h1:%')::int as pii_plain`);
    expect(r).toMatchObject({ without: 0, foreign_ns: 0, pii_plain: 0 });
    expect(r.pii).toBeGreaterThan(30);
    const [withPhone] = await db.query<{ fan_id: string }>(`select fan_id from fan_identities where workspace_id = $1 and kind = 'phone' limit 1`, [res.workspaceId]);
    const fan = await getFan(db, res.workspaceId, withPhone!.fan_id, { secrets, role: 'owner' });
    expect(fan.identities.find((i) => i.kind === 'phone')!.value).toMatch(/^\+861[3-9]\d{9}$/);
  });

  it('has a populated Overview for the last 28 days', () => {
    expect(overview.range.to).toBe('2026-06-15');
    for (const key of ['followers', 'postsPublished', 'impressions', 'engagements', 'engagementRate'] as const) {
      expect(overview.totals[key].current).toBeGreaterThan(0);
    }
    expect(overview.topPosts.length).toBe(10);
    expect(overview.daily.filter((d) => d.impressions > 0).length).toBeGreaterThan(20);
  });

  it('adds a second data set next to the demo under another login, with indexes in place', async () => {
    const second = await seedDemo({ db, secrets, clock: manualClock(NOW), logger }, { fans: 100, days: 7, email: 'bench@resonance.local' });
    expect(second.email).toBe('bench@resonance.local');
    expect(second.workspaceId).not.toBe(res.workspaceId);
    const [n] = await db.query<{ n: number }>('select count(*)::int as n from events where workspace_id = $1', [second.workspaceId]);
    expect(n!.n).toBe(second.stats.events);
    const indexes = await db.query<{ indexname: string }>(`select indexname from pg_indexes where schemaname = current_schema() and tablename = 'events'`);
    expect(indexes.map((i) => i.indexname).sort()).toEqual(['events_anonymous_idx', 'events_fan_idx', 'events_follows_idx', 'events_message_key', 'events_pkey', 'events_workspace_time_idx']);
    await expect(seedDemo({ db, secrets, clock: manualClock(NOW), logger }, { fans: 100, days: 7 })).rejects.toMatchObject({ status: 409 });
    await expect(seedDemo({ db, secrets, clock: manualClock(NOW), logger }, { fans: 5 })).rejects.toThrow('fans');
  });

  it('is deterministic for a seed and differs for another', async () => {
    const again = await seeded(kind, 7);
    const other = await seeded(kind, 8);
    try {
      expect({ ...again.res.stats, ms: 0 }).toEqual({ ...res.stats, ms: 0 });
      expect(numbers(again.overview)).toEqual(numbers(overview));
      expect(numbers(other.overview)).not.toEqual(numbers(overview));
    } finally {
      await again.db.close();
      await other.db.close();
    }
  });
});
