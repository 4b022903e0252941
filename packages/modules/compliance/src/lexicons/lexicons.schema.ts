import { z } from 'zod';
import { workspaceParams } from '@resonance/http';
import { LEXICON_CATEGORIES, SEVERITIES } from './lexicon.types.js';

export const lexiconParams = workspaceParams.extend({ lexiconId: z.string().min(1) });
export const termParams = lexiconParams.extend({ termId: z.string().min(1) });

const name = z.string().trim().min(1).max(60);
/** A term: trimmed, 1–100 characters. */
export const termText = z.string().trim().min(1).max(100);
const suggestion = z.string().trim().max(200).nullable().optional();

export const newLexiconBody = z.object({ name, category: z.enum(LEXICON_CATEGORIES), enabled: z.boolean().default(true) });
/** Built-in lexicons keep their category; any lexicon may be renamed or switched off. */
export const lexiconPatchBody = z.object({ name: name.optional(), category: z.enum(LEXICON_CATEGORIES).optional(), enabled: z.boolean().optional() });

export const newTermBody = z.object({ term: termText, severity: z.enum(SEVERITIES), suggestion, variants: z.boolean().default(true) });
export const termPatchBody = z.object({ term: termText.optional(), severity: z.enum(SEVERITIES).optional(), suggestion, variants: z.boolean().optional() });

export const termsQuery = z.object({
  search: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});

export const lexiconSchema = z.object({
  id: z.string(),
  name: z.string(),
  category: z.enum(LEXICON_CATEGORIES),
  builtIn: z.boolean(),
  enabled: z.boolean(),
  termCount: z.number().int(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const lexiconListResponse = z.object({ items: z.array(lexiconSchema) });

export const termSchema = z.object({
  id: z.string(),
  lexiconId: z.string(),
  term: z.string(),
  severity: z.enum(SEVERITIES),
  suggestion: z.string().nullable(),
  variants: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
});
export const termListResponse = z.object({ items: z.array(termSchema), total: z.number().int() });

export type NewLexicon = z.infer<typeof newLexiconBody>;
export type LexiconPatch = z.infer<typeof lexiconPatchBody>;
export type NewTerm = z.infer<typeof newTermBody>;
export type TermPatch = z.infer<typeof termPatchBody>;
