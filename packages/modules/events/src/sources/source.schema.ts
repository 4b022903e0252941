import { z } from 'zod';

export const SOURCE_KINDS = ['web', 'server', 'miniprogram', 'account'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export const newSourceBody = z.object({
  name: z.string().trim().min(1, 'must not be empty').max(100),
  kind: z.enum(SOURCE_KINDS),
});
export type NewSource = z.input<typeof newSourceBody>;

export const sourceDto = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(SOURCE_KINDS),
  /** The first characters of the write key, for recognising it; never the key itself. */
  keyPrefix: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
});
export type EventSource = z.infer<typeof sourceDto> & { workspaceId: string };

export const createdSourceDto = sourceDto.extend({ writeKey: z.string() });

export const sourceParams = z.object({ workspaceId: z.string().min(1), sourceId: z.string().min(1) });
