import { z } from 'zod';

export const MAX_IMPORT_CHARS = 4_000_000;
export const IMPORT_MAX_BODY_BYTES = 16 * 1024 * 1024;

export const importBody = z.object({
  format: z.enum(['csv', 'json']),
  /** The file's text: CSV with a header (term, severity, suggestion, variants) or JSON (an export file or an array of terms). */
  content: z.string().min(1).max(MAX_IMPORT_CHARS),
});

export const exportQuery = z.object({ format: z.enum(['csv', 'json']).default('csv') });

export const importResponse = z.object({
  rows: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  errors: z.array(z.object({ row: z.number().int(), field: z.string(), message: z.string() })),
});
