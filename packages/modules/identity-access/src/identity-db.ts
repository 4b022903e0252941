import { tables, type Database } from '@resonance/db';
import type { IdentityTables } from './identity.schema.js';

/** The query builder narrowed to this module's tables (also the type of a transaction). */
export type IdentityDb = ReturnType<typeof tables<IdentityTables>>;

export const identityDb = (db: Database): IdentityDb => tables<IdentityTables>(db);
