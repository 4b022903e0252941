import { z } from 'zod';

export const consentBody = z.object({
  purpose: z.string().regex(/^[a-z][a-z0-9_.-]{0,63}$/, 'must be 1–64 characters: a-z, 0-9, _ . - (starting with a letter)'),
  granted: z.boolean(),
  source: z.string().trim().min(1).max(200),
  textVersion: z.string().trim().min(1).max(200),
  /** When the person decided (ISO 8601); default now. */
  at: z.iso.datetime({ offset: true }).optional(),
});

export const consentEntrySchema = z.object({ granted: z.boolean(), at: z.string(), source: z.string(), textVersion: z.string() });

export const consentRecordSchema = z.object({
  id: z.string(),
  fanId: z.string(),
  purpose: z.string(),
  granted: z.boolean(),
  source: z.string(),
  textVersion: z.string(),
  recordedAt: z.string(),
  createdAt: z.string(),
  actor: z.string(),
});

export const consentsResponse = z.object({
  /** The canonical profile the records belong to. */
  fanId: z.string(),
  /** The current decision per purpose. */
  current: z.record(z.string(), consentEntrySchema),
  /** Every recorded decision, newest first. */
  items: z.array(consentRecordSchema),
});

export const recordConsentResponse = z.object({ current: z.record(z.string(), consentEntrySchema), record: consentRecordSchema });
