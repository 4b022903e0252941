import type { Database } from '@resonance/db';
import { invalidField, systemClock, type Clock } from '@resonance/kernel';
import { canonicalFanId } from './canonical.service.js';
import { insertConsentRecord, selectConsentRecords, type ConsentRecord } from './consent-record.repository.js';
import { inIdentityTx } from './fans-tx.js';
import { mergeGroupIds } from './merge-group.repository.js';
import { selectProfile, updateProfile, type ConsentEntry } from './profile.repository.js';

export interface ConsentInput {
  /** E.g. `marketing.email`, `analytics`. */
  purpose: string;
  granted: boolean;
  /** Where it was given or withdrawn: a form, a mini program page, an import. */
  source: string;
  /** Version of the consent text the person saw. */
  textVersion: string;
  /** When; default now. An older decision than the stored one is recorded but does not change the current flag. */
  at?: Date;
  /** Who records it (a user or API token id, `cli`); default `system`. */
  actor?: string;
}

/** The current decision per purpose and the record just written. */
export interface ConsentResult {
  consent: Record<string, ConsentEntry>;
  record: ConsentRecord;
}

function checkInput(input: ConsentInput): void {
  if (typeof input.purpose !== 'string' || !/^[a-z][a-z0-9_.-]{0,63}$/.test(input.purpose)) throw invalidField('purpose', 'must be 1–64 characters: a-z, 0-9, _ . - (starting with a letter)');
  if (typeof input.granted !== 'boolean') throw invalidField('granted', 'must be true or false');
  for (const f of ['source', 'textVersion'] as const) {
    if (typeof input[f] !== 'string' || input[f].trim() === '' || input[f].length > 200) throw invalidField(f, 'must be 1–200 characters');
  }
  if (input.actor !== undefined && (typeof input.actor !== 'string' || input.actor.trim() === '' || input.actor.length > 200)) throw invalidField('actor', 'must be 1–200 characters');
}

/**
 * Records a consent decision on the (canonical) profile: appends a consent record (every decision
 * is kept, also one older than the stored decision) and, in the same transaction, updates the
 * profile's current decision for the purpose unless the stored one is newer.
 */
export async function recordConsent(db: Database, workspaceId: string, fanId: string, input: ConsentInput, clock: Clock = systemClock): Promise<ConsentResult> {
  checkInput(input);
  const at = input.at ?? clock.now();
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw invalidField('at', 'must be a valid date');
  return inIdentityTx(db, workspaceId, async (q) => {
    const id = await canonicalFanId(q, workspaceId, fanId);
    const p = (await selectProfile(q, workspaceId, id))!;
    const consent = { ...(p.consent ?? {}) };
    const iso = at.toISOString();
    const entry = { granted: input.granted, at: iso, source: input.source.trim(), textVersion: input.textVersion.trim() };
    if (!consent[input.purpose] || consent[input.purpose]!.at <= iso) {
      consent[input.purpose] = entry;
      await updateProfile(q, workspaceId, { ...p, consent });
    }
    const record = await insertConsentRecord(
      q,
      workspaceId,
      { fanId: id, purpose: input.purpose, granted: entry.granted, source: entry.source, textVersion: entry.textVersion, recordedAt: at, actor: input.actor?.trim() ?? 'system' },
      clock.now(),
    );
    return { consent, record };
  });
}

/** Like `recordConsent`, returning only the current decisions per purpose. */
export async function setConsent(db: Database, workspaceId: string, fanId: string, input: ConsentInput, clock: Clock = systemClock): Promise<Record<string, ConsentEntry>> {
  return (await recordConsent(db, workspaceId, fanId, input, clock)).consent;
}

/** The consent flags of a fan's (canonical) profile. */
export async function getConsent(db: Database, workspaceId: string, fanId: string): Promise<Record<string, ConsentEntry>> {
  const id = await canonicalFanId(db, workspaceId, fanId);
  return (await selectProfile(db, workspaceId, id))?.consent ?? {};
}

/**
 * Every consent decision recorded for the fan's (canonical) profile, newest decision first:
 * records written on profiles merged into it follow it (and go back with an undone merge).
 */
export async function listConsentRecords(db: Pick<Database, 'query'>, workspaceId: string, fanId: string): Promise<ConsentRecord[]> {
  const id = await canonicalFanId(db, workspaceId, fanId);
  return selectConsentRecords(db, workspaceId, await mergeGroupIds(db, workspaceId, id));
}
