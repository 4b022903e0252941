import { z } from 'zod';

export const MAX_SHARE_DAYS = 90;

export const newShareLinkBody = z.object({ expiresInDays: z.number().int().min(1).max(MAX_SHARE_DAYS) });

export const shareLinkDto = z.object({
  id: z.string(),
  dashboardId: z.string(),
  /** The first characters of the token, to tell links apart; never the token. */
  tokenPrefix: z.string(),
  expiresAt: z.date(),
  createdBy: z.string(),
  createdAt: z.date(),
  revokedAt: z.date().nullable(),
});
export type ShareLink = z.infer<typeof shareLinkDto> & { workspaceId: string };

/** The token and the public URL are in this response only (only the token's sha256 is stored). */
export const createdShareLinkDto = shareLinkDto.extend({ token: z.string(), url: z.string() });

export const shareLinkParams = z.object({ workspaceId: z.string().min(1), dashboardId: z.string().min(1), linkId: z.string().min(1) });
export const shareTokenParams = z.object({ token: z.string().min(1).max(200) });
