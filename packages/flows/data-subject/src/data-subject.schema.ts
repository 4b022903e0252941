import { z } from 'zod';
import { ERASE_MODES } from './erase-fan-data.js';

export const dataSubjectParams = z.object({ workspaceId: z.string().min(1), fanId: z.string().min(1) });

export const eraseBody = z.object({
  /** `delete`: events deleted; `anonymise`: events kept without anything identifying. The profile is deleted either way. */
  mode: z.enum(ERASE_MODES),
});

export const eraseResponse = z.object({
  fanId: z.string(),
  mode: z.enum(ERASE_MODES),
  fans: z.number().int(),
  identities: z.number().int(),
  consentRecords: z.number().int(),
  merges: z.number().int(),
  events: z.number().int(),
});
