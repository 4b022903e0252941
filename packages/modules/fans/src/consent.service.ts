import type { Database } from '@resonance/db';
import { invalidField, systemClock, type Clock } from '@resonance/kernel';
import { canonicalFanId } from './canonical.service.js';
import { inIdentityTx } from './fans-tx.js';
import { selectProfile, updateProfile, type ConsentEntry } from './profile.repository.js';

export interface ConsentInput {
  /** E.g. `marketing.email`, `analytics`. */
  purpose: string;
  granted: boolean;
  /** Where it was given or withdrawn: a form, a mini program page, an import. */
  source: string;
  /** Version of the consent text the person saw. */
  textVersion: string;
  /** When; default now. An older decision than the stored one is ignored. */
  at?: Date;
}

/**
 * Records the current consent decision per purpose on the (canonical) profile. Only the latest
 * decision per purpose is kept here; the full consent-record history is a later increment.
 */
export async function setConsent(db: Database, workspaceId: string, fanId: string, input: ConsentInput, clock: Clock = systemClock): Promise<Record<string, ConsentEntry>> {
  if (typeof input.purpose !== 'string' || !/^[a-z][a-z0-9_.-]{0,63}$/.test(input.purpose)) throw invalidField('purpose', 'must be 1–64 characters: a-z, 0-9, _ . - (starting with a letter)');
  if (typeof input.granted !== 'boolean') throw invalidField('granted', 'must be true or false');
  for (const f of ['source', 'textVersion'] as const) {
    if (typeof input[f] !== 'string' || input[f].trim() === '' || input[f].length > 200) throw invalidField(f, 'must be 1–200 characters');
  }
  const at = input.at ?? clock.now();
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw invalidField('at', 'must be a valid date');
  return inIdentityTx(db, workspaceId, async (q) => {
    const id = await canonicalFanId(q, workspaceId, fanId);
    const p = (await selectProfile(q, workspaceId, id))!;
    const consent = { ...(p.consent ?? {}) };
    const iso = at.toISOString();
    if (!consent[input.purpose] || consent[input.purpose]!.at <= iso) {
      consent[input.purpose] = { granted: input.granted, at: iso, source: input.source.trim(), textVersion: input.textVersion.trim() };
      await updateProfile(q, workspaceId, { ...p, consent });
    }
    return consent;
  });
}

/** The consent flags of a fan's (canonical) profile. */
export async function getConsent(db: Database, workspaceId: string, fanId: string): Promise<Record<string, ConsentEntry>> {
  const id = await canonicalFanId(db, workspaceId, fanId);
  return (await selectProfile(db, workspaceId, id))?.consent ?? {};
}
