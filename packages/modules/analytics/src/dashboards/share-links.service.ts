import type { Database } from '@resonance/db';
import { newId, notFound, type Clock } from '@resonance/kernel';
import type { Dashboard } from './dashboard.schema.js';
import { findDashboardRow } from './dashboards.repository.js';
import { getDashboard } from './dashboards.service.js';
import type { ShareLink } from './share-link.schema.js';
import { findLiveShareLink, insertShareLink, listShareLinkRows, markShareLinkRevoked } from './share-links.repository.js';
import { hashShareToken, newShareToken, shareTokenDisplayPrefix } from './share-token.js';

const DAY = 86_400_000;

/** A read-only link to a dashboard, valid for `expiresInDays`; the token is returned here once, only its sha256 is stored. */
export async function createShareLink(
  db: Database,
  workspaceId: string,
  dashboardId: string,
  opts: { expiresInDays: number; actor: string; clock: Clock },
): Promise<ShareLink & { token: string }> {
  await getDashboard(db, workspaceId, dashboardId);
  const now = opts.clock.now();
  const token = newShareToken();
  const link = await insertShareLink(db, workspaceId, {
    id: newId('shr', now.getTime()),
    dashboardId,
    tokenHash: hashShareToken(token),
    tokenPrefix: shareTokenDisplayPrefix(token),
    expiresAt: new Date(now.getTime() + opts.expiresInDays * DAY),
    createdBy: opts.actor,
    createdAt: now,
  });
  return { ...link, token };
}

export async function listShareLinks(db: Database, workspaceId: string, dashboardId: string): Promise<ShareLink[]> {
  await getDashboard(db, workspaceId, dashboardId);
  return listShareLinkRows(db, workspaceId, dashboardId);
}

/** The link stops working at once (idempotent). */
export async function revokeShareLink(db: Database, workspaceId: string, dashboardId: string, linkId: string, clock: Clock): Promise<ShareLink> {
  const link = await markShareLinkRevoked(db, workspaceId, dashboardId, linkId, clock.now());
  if (!link) throw notFound('share link');
  return link;
}

/** The dashboard a token opens at `now`; unknown, expired and revoked tokens all answer the same 404. */
export async function openShareLink(db: Database, token: string, now: Date): Promise<{ link: ShareLink; dashboard: Dashboard }> {
  const link = await findLiveShareLink(db, hashShareToken(token), now);
  const dashboard = link ? await findDashboardRow(db, link.workspaceId, link.dashboardId) : null;
  if (!link || !dashboard) throw notFound('share link');
  return { link, dashboard };
}
