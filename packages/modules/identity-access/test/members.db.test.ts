import type { AppError, Role } from '@resonance/kernel';
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from '@resonance/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createWorkspace, listMembers, memberRole } from '../src/index.js';
import { changeMemberRole, removeMember } from '../src/membership.service.js';
import { makeUser, migrationsDir, newClock } from './fixtures.js';

const status = (p: Promise<unknown>) => p.then(() => 'ok', (e: AppError) => e.status);

describe.each(testDatabaseKinds())('members and role rules on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind, [migrationsDir]);
  });
  afterAll(async () => db?.close());

  async function setup() {
    const clock = newClock();
    const owner = await makeUser(db, clock, 'Owner');
    const ws = await createWorkspace(db, { name: 'Roles', ownerUserId: owner.id }, clock);
    const member = async (role: Role, name = role) => {
      clock.advance(1000);
      const u = await makeUser(db, clock, name);
      await addMember(db, ws.id, u.id, role, clock);
      return u;
    };
    return { clock, owner, ws, member };
  }

  it('lists members with e-mail, name, role and join time, oldest first', async () => {
    const { owner, ws, member } = await setup();
    const editor = await member('editor');
    const list = await listMembers(db, ws.id);
    expect(list.map((m) => [m.userId, m.email, m.role])).toEqual([
      [owner.id, owner.email, 'owner'],
      [editor.id, editor.email, 'editor'],
    ]);
    expect(list[1]!.joinedAt).toBeInstanceOf(Date);
  });

  it('the last owner can be neither demoted nor removed (409); with two owners one may go', async () => {
    const { owner, ws, member } = await setup();
    expect(await status(changeMemberRole(db, ws.id, 'owner', owner.id, 'admin'))).toBe(409);
    expect(await status(removeMember(db, ws.id, 'owner', owner.id))).toBe(409);
    const second = await member('admin');
    expect(await changeMemberRole(db, ws.id, 'owner', second.id, 'owner')).toEqual({ before: 'admin', after: 'owner' });
    expect(await changeMemberRole(db, ws.id, 'owner', owner.id, 'editor')).toEqual({ before: 'owner', after: 'editor' });
    expect(await status(removeMember(db, ws.id, 'owner', second.id))).toBe(409);
    expect(await memberRole(db, ws.id, second.id)).toBe('owner');
  });

  it('two owners demoting each other at once leave one owner', async () => {
    const { owner, ws, member } = await setup();
    const second = await member('owner');
    const results = await Promise.all([status(changeMemberRole(db, ws.id, 'owner', owner.id, 'admin')), status(changeMemberRole(db, ws.id, 'owner', second.id, 'admin'))]);
    expect(results.sort()).toEqual([409, 'ok']);
    expect((await listMembers(db, ws.id)).filter((m) => m.role === 'owner')).toHaveLength(1);
  });

  it('an admin manages non-owners but cannot touch owners or grant owner (403)', async () => {
    const { owner, ws, member } = await setup();
    const analyst = await member('analyst');
    expect(await status(changeMemberRole(db, ws.id, 'admin', owner.id, 'editor'))).toBe(403);
    expect(await status(removeMember(db, ws.id, 'admin', owner.id))).toBe(403);
    expect(await status(changeMemberRole(db, ws.id, 'admin', analyst.id, 'owner'))).toBe(403);
    expect(await changeMemberRole(db, ws.id, 'admin', analyst.id, 'admin')).toEqual({ before: 'analyst', after: 'admin' });
    expect(await removeMember(db, ws.id, 'admin', analyst.id)).toEqual({ before: 'admin' });
    expect(await memberRole(db, ws.id, analyst.id)).toBeNull();
  });

  it('a user who is not a member of this workspace is 404, even if they belong to another', async () => {
    const { clock, ws } = await setup();
    const outsider = await makeUser(db, clock);
    await createWorkspace(db, { name: 'Elsewhere', ownerUserId: outsider.id }, clock);
    expect(await status(changeMemberRole(db, ws.id, 'owner', outsider.id, 'editor'))).toBe(404);
    expect(await status(removeMember(db, ws.id, 'owner', outsider.id))).toBe(404);
    expect(await status(removeMember(db, ws.id, 'owner', 'user_nonexistent'))).toBe(404);
  });
});
