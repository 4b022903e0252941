import type { Database } from '@resonance/db';
import { identityDb } from './identity-db.js';

/** True once any user exists (the demo seed runs only on a database with none). */
export async function hasAnyUser(db: Database): Promise<boolean> {
  const row = await identityDb(db).selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}
