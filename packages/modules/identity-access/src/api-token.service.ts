import { invalidField, isRole, newId, notFound, systemClock, type Clock, type Role } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import type { Principal } from '@resonance/http';
import { z } from 'zod';
import { insertApiToken, findApiTokenByHash, listApiTokenRows, revokeApiTokenRow, touchApiToken } from './api-token.repository.js';
import { identityDb } from './identity-db.js';
import type { ApiTokensTable } from './identity.schema.js';
import { API_TOKEN_PREFIX, addMs, DAY_MS, displayPrefix, MINUTE_MS, newApiTokenSecret, sha256Hex } from './secrets.js';
import { parseField } from './user.dto.js';
import { findWorkspaceRow } from './workspace.repository.js';

export const apiTokenDto = z.object({
  id: z.string(),
  name: z.string(),
  role: z.string(),
  prefix: z.string(),
  createdAt: z.date(),
  lastUsedAt: z.date().nullable(),
  expiresAt: z.date().nullable(),
  createdBy: z.string(),
});
export type ApiToken = z.infer<typeof apiTokenDto>;

const toApiToken = (r: ApiTokensTable): ApiToken => ({
  id: r.id,
  name: r.name,
  role: r.role,
  prefix: r.token_prefix,
  createdAt: r.created_at,
  lastUsedAt: r.last_used_at,
  expiresAt: r.expires_at,
  createdBy: r.created_by,
});

export const tokenNameField = z.string().trim().min(1, 'must not be empty').max(100);
export const expiresInDaysField = z.number().int().min(1).max(3650);

export interface NewApiToken {
  workspaceId: string;
  role: Role;
  name: string;
  /** The user who creates it (a token acts with its creator's identity for this). */
  createdBy: string;
  expiresInDays?: number;
}

/** Creates a workspace token; the secret is returned once and only its sha256 is stored. */
export async function createApiToken(db: Database, input: NewApiToken, clock: Clock = systemClock): Promise<ApiToken & { token: string }> {
  if (!isRole(input.role)) throw invalidField('body.role', 'is not a role');
  const name = parseField(tokenNameField, input.name, 'body.name');
  const days = input.expiresInDays === undefined ? undefined : parseField(expiresInDaysField, input.expiresInDays, 'body.expiresInDays');
  const q = identityDb(db);
  if (!(await findWorkspaceRow(q, input.workspaceId))) throw notFound('workspace');
  const now = clock.now();
  const token = newApiTokenSecret();
  const row: ApiTokensTable = {
    id: newId('tok', now.getTime()),
    workspace_id: input.workspaceId,
    name,
    role: input.role,
    token_hash: sha256Hex(token),
    token_prefix: displayPrefix(token),
    created_by: input.createdBy,
    created_at: now,
    last_used_at: null,
    expires_at: days === undefined ? null : addMs(now, days * DAY_MS),
    revoked_at: null,
  };
  await insertApiToken(q, row);
  return { ...toApiToken(row), token };
}

export async function listApiTokens(db: Database, workspaceId: string): Promise<ApiToken[]> {
  return (await listApiTokenRows(identityDb(db), workspaceId)).map(toApiToken);
}

/** Revokes a token of this workspace; another workspace's (or an already revoked) token → 404. */
export async function revokeApiToken(db: Database, clock: Clock, workspaceId: string, tokenId: string): Promise<ApiToken> {
  const row = await revokeApiTokenRow(identityDb(db), workspaceId, tokenId, clock.now());
  if (!row) throw notFound('token');
  return toApiToken(row);
}

/** The principal of a bearer token, or null when it is unknown, revoked, expired or its workspace deleted. */
export async function authenticateApiToken(db: Database, clock: Clock, token: string): Promise<Extract<Principal, { kind: 'token' }> | null> {
  if (!token.startsWith(API_TOKEN_PREFIX)) return null;
  const q = identityDb(db);
  const t = await findApiTokenByHash(q, sha256Hex(token));
  const now = clock.now();
  if (!t || t.revoked_at || t.workspace_deleted_at) return null;
  if (t.expires_at && now.getTime() >= t.expires_at.getTime()) return null;
  if (!t.last_used_at || now.getTime() - t.last_used_at.getTime() >= MINUTE_MS) await touchApiToken(q, t.workspace_id, t.id, now);
  return { kind: 'token', tokenId: t.id, workspaceId: t.workspace_id, role: t.role, createdBy: t.created_by };
}
