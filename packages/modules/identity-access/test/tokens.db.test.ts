import type { AppError } from '@resonance/kernel';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken, createAuthPort, createWorkspace, listApiTokens, revokeApiToken } from '../src/index.js';
import { deleteWorkspace } from '../src/workspace.service.js';
import { DAY, MINUTE, makeUser, migrationsDir, newClock } from './fixtures.js';

describe.each(testDatabaseKinds())('API tokens on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
  });
  afterAll(async () => db?.close());

  async function setup() {
    const clock = newClock();
    const owner = await makeUser(db, clock);
    const a = await createWorkspace(db, { name: 'A', ownerUserId: owner.id }, clock);
    const b = await createWorkspace(db, { name: 'B', ownerUserId: owner.id }, clock);
    return { clock, owner, a, b, auth: createAuthPort(db, clock) };
  }

  it('authenticates a bearer token as a workspace-scoped principal', async () => {
    const { clock, owner, a, b, auth } = await setup();
    const created = await createApiToken(db, { workspaceId: a.id, role: 'analyst', name: 'BI export', createdBy: owner.id }, clock);
    expect(created.id).toMatch(/^tok_/);
    expect(created.token).toMatch(/^rsn_pat_[A-Za-z0-9_-]{43}$/);
    expect(created.prefix).toBe(created.token.slice(0, 14));
    const p = await auth.authenticate({ bearerToken: created.token });
    expect(p).toEqual({ kind: 'token', tokenId: created.id, workspaceId: a.id, role: 'analyst', createdBy: owner.id });
    expect(await auth.roleIn(p, a.id)).toBe('analyst');
    expect(await auth.roleIn(p, b.id)).toBeNull();
    expect(await auth.authenticate({ bearerToken: 'rsn_pat_unknown' })).toEqual({ kind: 'anonymous' });
    expect(await auth.authenticate({ bearerToken: created.token.replace('rsn_pat_', 'xxx_pat_') })).toEqual({ kind: 'anonymous' });
    const stored = await db.query<{ token_hash: string }>('select token_hash from api_tokens where id = $1', [created.id]);
    expect(stored[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an invalid bearer token does not fall back to the cookie', async () => {
    const { auth } = await setup();
    expect(await auth.authenticate({ bearerToken: 'rsn_pat_bogus', sessionToken: 'anything' })).toEqual({ kind: 'anonymous' });
  });

  it('lists tokens without secrets, records last use at most once a minute', async () => {
    const { clock, owner, a, b, auth } = await setup();
    const t = await createApiToken(db, { workspaceId: a.id, role: 'editor', name: 'CMS', createdBy: owner.id }, clock);
    await createApiToken(db, { workspaceId: b.id, role: 'editor', name: 'other ws', createdBy: owner.id }, clock);
    clock.advance(MINUTE);
    await auth.authenticate({ bearerToken: t.token });
    const firstUse = clock.now();
    clock.advance(30_000);
    await auth.authenticate({ bearerToken: t.token });
    const list = await listApiTokens(db, a.id);
    expect(list).toEqual([
      { id: t.id, name: 'CMS', role: 'editor', prefix: t.prefix, createdAt: t.createdAt, lastUsedAt: firstUse, expiresAt: null, createdBy: owner.id },
    ]);
    expect(JSON.stringify(list)).not.toContain(t.token);
  });

  it('revoked, expired, or deleted-workspace tokens are anonymous; revoking across workspaces is 404', async () => {
    const { clock, owner, a, b, auth } = await setup();
    const t = await createApiToken(db, { workspaceId: a.id, role: 'admin', name: 'rev', createdBy: owner.id }, clock);
    expect(((await revokeApiToken(db, clock, b.id, t.id).catch((e: AppError) => e)) as AppError).status).toBe(404);
    expect((await auth.authenticate({ bearerToken: t.token })).kind).toBe('token');
    await revokeApiToken(db, clock, a.id, t.id);
    expect(await auth.authenticate({ bearerToken: t.token })).toEqual({ kind: 'anonymous' });
    expect(await listApiTokens(db, a.id)).toEqual([]);
    expect(((await revokeApiToken(db, clock, a.id, t.id).catch((e: AppError) => e)) as AppError).status).toBe(404);

    const short = await createApiToken(db, { workspaceId: a.id, role: 'admin', name: 'short', createdBy: owner.id, expiresInDays: 1 }, clock);
    expect(short.expiresAt).toEqual(new Date(clock.now().getTime() + DAY));
    clock.advance(DAY - 1);
    expect((await auth.authenticate({ bearerToken: short.token })).kind).toBe('token');
    clock.advance(1);
    expect((await auth.authenticate({ bearerToken: short.token })).kind).toBe('anonymous');

    const onB = await createApiToken(db, { workspaceId: b.id, role: 'admin', name: 'b', createdBy: owner.id }, clock);
    await deleteWorkspace(db, clock, b.id, 'B');
    expect((await auth.authenticate({ bearerToken: onB.token })).kind).toBe('anonymous');
    expect(((await createApiToken(db, { workspaceId: b.id, role: 'admin', name: 'x', createdBy: owner.id }).catch((e: AppError) => e)) as AppError).status).toBe(404);
  });

  it('validates name, role and expiry, naming the field', async () => {
    const { owner, a } = await setup();
    const err = (p: Promise<unknown>) => p.catch((e: AppError) => e.details);
    expect(await err(createApiToken(db, { workspaceId: a.id, role: 'admin', name: ' ', createdBy: owner.id }))).toMatchObject({ fields: [{ path: 'body.name' }] });
    expect(await err(createApiToken(db, { workspaceId: a.id, role: 'boss' as never, name: 'x', createdBy: owner.id }))).toMatchObject({ fields: [{ path: 'body.role' }] });
    expect(await err(createApiToken(db, { workspaceId: a.id, role: 'admin', name: 'x', createdBy: owner.id, expiresInDays: 0 }))).toMatchObject({
      fields: [{ path: 'body.expiresInDays' }],
    });
  });
});
