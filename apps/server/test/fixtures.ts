import { createBrand, connectAccount } from '@resonance/accounts';
import { addMember, createApiToken, createUser, createWorkspace } from '@resonance/identity-access';
import { ROLES, type Role } from '@resonance/kernel';
import type { TestServer } from '../src/testing/index.js';

export interface WorkspaceFixture {
  workspaceId: string;
  ownerEmail: string;
  password: string;
  /** An API token per role in this workspace. */
  tokens: Record<Role, string>;
  userIds: Record<Role, string>;
  brandId: string;
  accountId: string;
}

let n = 0;

/** A workspace with one member per role, a brand and a connected sandbox account. */
export async function workspaceFixture(server: TestServer, label: string): Promise<WorkspaceFixture> {
  const { db } = server.runtime.ctx;
  const password = 'correct-horse-battery';
  const run = `${label}${++n}${Date.now().toString(36)}`;
  const owner = await createUser(db, { email: `owner-${run}@example.com`, name: `Owner ${label}`, password });
  const ws = await createWorkspace(db, { name: `Workspace ${label}`, ownerUserId: owner.id });
  const userIds = { owner: owner.id } as Record<Role, string>;
  const tokens = {} as Record<Role, string>;
  for (const role of ROLES) {
    if (role !== 'owner') {
      const u = await createUser(db, { email: `${role}-${run}@example.com`, name: `${role} ${label}`, password });
      await addMember(db, ws.id, u.id, role);
      userIds[role] = u.id;
    }
    tokens[role] = (await createApiToken(db, { workspaceId: ws.id, role, name: `t-${role}`, createdBy: owner.id })).token;
  }
  const brand = await createBrand(db, ws.id, { name: `Brand ${label}` });
  const account = await connectAccount(
    { db, secrets: server.runtime.ctx.secrets, clock: server.runtime.ctx.clock, connectors: server.runtime.connectors, publicUrl: server.url },
    ws.id,
    { brandId: brand.id, platform: 'sandbox', name: `Sandbox ${label}`, credentials: {} },
  );
  return { workspaceId: ws.id, ownerEmail: owner.email, password, tokens, userIds, brandId: brand.id, accountId: account.id };
}

/** Fill `{param}`s of a route path from a map; unknown params get a well-formed id that exists nowhere. */
export function fillPath(path: string, values: Record<string, string>): string {
  return '/api' + path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(values[name] ?? `${name}_doesnotexist`));
}
