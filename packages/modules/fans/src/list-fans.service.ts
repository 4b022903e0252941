import type { Database } from '@resonance/db';
import { notFound, type Role, type SecretBox } from '@resonance/kernel';
import { canonicalFanId } from './canonical.service.js';
import { toFanDto, toIdentityDto } from './fan-dto.js';
import type { FanDto } from './fans.types.js';
import { selectFan, selectIdentities, type FanRow } from './fans.repository.js';
import { piiHashesOf, type FanFilters } from './fan-search.js';
import { searchFans } from './search-fans.repository.js';

export interface FanViewer {
  secrets: SecretBox;
  /** The caller's role in the workspace: decides whether PII is shown unmasked. */
  role: Role | null;
}

async function withIdentities(db: Database, workspaceId: string, rows: FanRow[], viewer: FanViewer): Promise<FanDto[]> {
  const ids = await selectIdentities(db, workspaceId, rows.map((r) => r.id));
  const byFan = new Map<string, ReturnType<typeof toIdentityDto>[]>();
  for (const r of ids) {
    const list = byFan.get(r.fan_id) ?? [];
    list.push(toIdentityDto(r, workspaceId, viewer.secrets, viewer.role));
    byFan.set(r.fan_id, list);
  }
  return rows.map((r) => toFanDto(r, byFan.get(r.id) ?? [], viewer.role));
}

/**
 * Newest fans first (merged profiles hidden), optionally searched and filtered (see FanFilters);
 * `nextCursor` pages on. A full phone number or e-mail address finds its fan by lookup hash.
 */
export async function listFans(
  db: Database,
  workspaceId: string,
  opts: FanFilters & { limit: number; cursor?: string },
  viewer: FanViewer,
): Promise<{ items: FanDto[]; nextCursor: string | null }> {
  const q = opts.q?.trim() || undefined;
  const piiHashes = q ? await piiHashesOf(db, workspaceId, q) : [];
  const rows = await searchFans(db, workspaceId, { ...opts, q, piiHashes, limit: opts.limit + 1 });
  const page = rows.slice(0, opts.limit);
  return { items: await withIdentities(db, workspaceId, page, viewer), nextCursor: rows.length > opts.limit ? page[page.length - 1]!.id : null };
}

/** One fan of the workspace (a merged fan id gives its surviving profile); another workspace's fan id → 404. */
export async function getFan(db: Database, workspaceId: string, fanId: string, viewer: FanViewer): Promise<FanDto> {
  const row = await selectFan(db, workspaceId, await canonicalFanId(db, workspaceId, fanId));
  if (!row) throw notFound('fan');
  return (await withIdentities(db, workspaceId, [row], viewer))[0]!;
}
