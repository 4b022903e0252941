import type { Database } from '@resonance/db';
import type { FanRow } from './fans.repository.js';
import type { FanFilters } from './fan-search.js';

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => '\\' + c);

/**
 * One page of not-merged fans, newest first (id desc), narrowed by the filters. `q` matches a
 * substring of the name or a trait value (`search_text`, lower case), a full identity value
 * (fan_identities_value_idx) or the fan id; identity kind and account filters probe the
 * (workspace, fan) identity index per fan.
 */
export async function searchFans(
  db: Database,
  workspaceId: string,
  f: FanFilters & { piiHashes: string[]; limit: number; cursor?: string },
): Promise<FanRow[]> {
  const params: unknown[] = [workspaceId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const where = ['f.workspace_id = $1', 'f.merged_into is null'];
  if (f.cursor) where.push(`f.id < ${p(f.cursor)}`);
  if (f.q) {
    const raw = p(f.q);
    where.push(`(f.search_text like lower(${p(`%${escapeLike(f.q)}%`)})
      or f.id = ${raw}
      or f.id in (select i.fan_id from fan_identities i
                   where i.workspace_id = $1 and ((i.value = ${raw} and i.kind not in ('email', 'phone')) or i.value = any(${p(f.piiHashes)}::text[]))))`);
  }
  if (f.kind) where.push(`exists (select 1 from fan_identities i where i.workspace_id = $1 and i.fan_id = f.id and i.kind = ${p(f.kind)})`);
  if (f.accountId) {
    where.push(`exists (select 1 from fan_identities i where i.workspace_id = $1 and i.fan_id = f.id and i.kind = 'platform_user' and i.namespace = ${p(f.accountId)})`);
  }
  if (f.consent) where.push(`(f.consent -> ${p(f.consent)} ->> 'granted') = 'true'`);
  if (f.seenAfter) where.push(`f.last_seen_at >= ${p(f.seenAfter)}`);
  if (f.seenBefore) where.push(`f.last_seen_at < ${p(f.seenBefore)}`);
  if (f.trait) {
    const key = p(f.trait.key);
    const value = p(f.trait.value);
    where.push(`(f.traits ->> ${key} = ${value} or (jsonb_typeof(f.traits -> ${key}) = 'array' and f.traits -> ${key} @> jsonb_build_array(${value}::text)))`);
  }
  return db.query<FanRow>(
    `select f.id, f.display_name, f.traits, f.first_seen_at, f.last_seen_at, f.created_at from fans f
      where ${where.join(' and ')}
      order by f.id desc limit ${p(f.limit)}`,
    params,
  );
}
