import { z } from 'zod';
import { itemParams, mediaRefSchema } from '../items/items.schema.js';

export const variantParams = itemParams.extend({ variantId: z.string().min(1) });

export const newVariantBody = z.object({
  /** The target account; the variant starts as the master (customised = false). */
  accountId: z.string().min(1).max(100),
  version: z.number().int().min(1),
});

/** Editing any field makes the variant customised: it stops following the master until reset. */
export const variantPatchBody = z.object({
  version: z.number().int().min(1),
  title: z.string().trim().max(500).nullable().optional(),
  body: z.string().max(50_000).optional(),
  media: z.array(mediaRefSchema).max(50).optional(),
  hashtags: z
    .array(z.string().trim().min(1, 'must not be empty').max(100).refine((t) => !/[\s#]/u.test(t), 'must not contain spaces or #'))
    .max(50)
    .optional(),
});
export type VariantPatch = z.output<typeof variantPatchBody>;

export const versionBody = z.object({ version: z.number().int().min(1) });
