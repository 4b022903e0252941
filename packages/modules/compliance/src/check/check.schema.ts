import { z } from 'zod';
import { LEXICON_CATEGORIES, SEVERITIES } from '../lexicons/lexicon.types.js';

export const MAX_CHECK_TITLE = 1_000;
export const MAX_CHECK_BODY = 100_000;

export const checkBody = z.object({
  title: z.string().max(MAX_CHECK_TITLE).nullable().optional(),
  body: z.string().max(MAX_CHECK_BODY),
  /** Sponsored content must carry a disclosure (广告 / #ad …) in its title or body. */
  sponsored: z.boolean().default(false),
});

export const findingSchema = z.object({
  rule: z.string(),
  category: z.enum([...LEXICON_CATEGORIES, 'pii', 'disclosure']),
  severity: z.enum(SEVERITIES),
  field: z.enum(['title', 'body']),
  /** UTF-16 offsets into the original text of that field. */
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  via: z.string(),
  suggestion: z.string(),
  explanation: z.object({ zh: z.string(), en: z.string() }),
});

export const reportSchema = z.object({
  findings: z.array(findingSchema),
  riskScore: z.number(),
  decision: z.enum(['auto_pass', 'human_review', 'block']),
});
