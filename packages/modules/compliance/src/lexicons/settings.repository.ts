import type { Database } from '@resonance/db';

/** Every lexicon or term change bumps the workspace's counter; compiled matchers are keyed on it. */
export async function bumpLexiconVersion(db: Database, workspaceId: string): Promise<void> {
  await db.query(
    `insert into compliance_settings (workspace_id, lexicon_version) values ($1, 1)
     on conflict (workspace_id) do update set lexicon_version = compliance_settings.lexicon_version + 1`,
    [workspaceId],
  );
}

export async function lexiconVersion(db: Database, workspaceId: string): Promise<number> {
  const [r] = await db.query<{ v: string | number }>('select lexicon_version as v from compliance_settings where workspace_id = $1', [workspaceId]);
  return r ? Number(r.v) : 0;
}

export async function defaultsInstalled(db: Database, workspaceId: string): Promise<boolean> {
  const [r] = await db.query<{ at: Date | null }>('select defaults_installed_at as at from compliance_settings where workspace_id = $1', [workspaceId]);
  return Boolean(r?.at);
}

export async function markDefaultsInstalled(db: Database, workspaceId: string, at: Date): Promise<void> {
  await db.query(
    `insert into compliance_settings (workspace_id, defaults_installed_at, lexicon_version) values ($1, $2, 1)
     on conflict (workspace_id) do update set defaults_installed_at = coalesce(compliance_settings.defaults_installed_at, $2),
       lexicon_version = compliance_settings.lexicon_version + 1`,
    [workspaceId, at],
  );
}
