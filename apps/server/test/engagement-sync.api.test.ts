import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseKinds } from '@resonance/db/testing';
import { ENGAGEMENT_SYNC_JOB, SCHEDULE_ENGAGEMENT_SYNCS_JOB } from '@resonance/flow-engagement-sync';
import { manualClock } from '@resonance/kernel';
import { startTestServer, type TestServer } from '../src/testing/index.js';
import { workspaceFixture, type WorkspaceFixture } from './fixtures.js';

const DAY = 86_400_000;

interface TimelineItem {
  name: string;
  fanId: string;
  accountId: string;
  sourceId: string;
  properties: { text?: string; remoteId?: string };
}

describe.each(testDatabaseKinds())('engagement sync through the worker (%s)', (kind) => {
  const clock = manualClock(new Date());
  let server: TestServer;
  let a: WorkspaceFixture;
  let jobsSchema: string;

  beforeAll(async () => {
    server = await startTestServer({ kind, clock });
    a = await workspaceFixture(server, 'E');
    jobsSchema = server.db.schema ? `${server.db.schema}_jobs` : 'pgboss';
  });
  afterAll(async () => server?.close());

  it('schedules the sync of every account every 15 minutes with pg-boss', async () => {
    const rows = await server.runtime.ctx.db.query<{ name: string; cron: string }>(`select name, cron from ${jobsSchema}.schedule where name = $1`, [SCHEDULE_ENGAGEMENT_SYNCS_JOB]);
    expect(rows).toEqual([{ name: SCHEDULE_ENGAGEMENT_SYNCS_JOB, cron: '*/15 * * * *' }]);
  });

  it("a queued sync brings the account's direct messages in as fan events the fan timeline shows", async () => {
    clock.advance(5 * DAY); // the simulated platform's audience writes a few DMs a day
    const jobId = await server.runtime.ctx.jobs.send(ENGAGEMENT_SYNC_JOB, { workspaceId: a.workspaceId, accountId: a.accountId });
    expect(jobId).not.toBeNull();
    const deadline = Date.now() + 60_000;
    let state = '';
    while (state !== 'completed' && state !== 'failed' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      state = (await server.runtime.ctx.db.query<{ state: string }>(`select state from ${jobsSchema}.job where id = $1`, [jobId]))[0]?.state ?? '';
    }
    expect(state).toBe('completed');

    const owner = server.client().withToken(a.tokens.owner);
    const fans = await owner.get<{ items: { id: string }[] }>(`/api/workspaces/${a.workspaceId}/fans?accountId=${a.accountId}&limit=100`);
    expect(fans.status).toBe(200);
    expect(fans.body.items.length).toBeGreaterThan(0);
    const ids = fans.body.items.map((f) => `fanId=${f.id}`).join('&');
    const timeline = await owner.get<{ items: TimelineItem[] }>(`/api/workspaces/${a.workspaceId}/events?${ids}&name=dm_received&limit=200`);
    expect(timeline.status).toBe(200);
    expect(timeline.body.items.length).toBeGreaterThanOrEqual(fans.body.items.length);
    for (const e of timeline.body.items) {
      expect(e).toMatchObject({ name: 'dm_received', accountId: a.accountId, sourceId: `connector:${a.accountId}` });
      expect(e.properties.text).toEqual(expect.any(String));
      expect(e.properties.text!.length).toBeGreaterThan(0);
    }
  }, 90_000);
});
