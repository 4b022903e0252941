import type { Database } from '@resonance/db';
import { invalidField, newId, newSecret, notFound, type Logger, type SecretBox } from '@resonance/kernel';
import { recordActivity } from '../activity/activity.repository.js';
import { findItem } from '../items/items.repository.js';
import type { ListAccounts, RecordLinkClick } from '../ports.js';
import { previewPlatform } from '../rules/platform-rules.js';
import { selectVariants } from '../variants/variants.repository.js';
import { countClick, insertLink, selectLinks, type LinkRecord } from './links.repository.js';
import { defaultUtm, withUtm, type Utm } from './utm.js';

export interface LinkEnv {
  db: Database;
  secrets: SecretBox;
  now: () => Date;
  publicUrl: string;
  listAccounts: ListAccounts;
  recordLinkClick: RecordLinkClick;
  logger: Logger;
}

export interface NewLink {
  url: string;
  /** The target account: its platform is the default utm_source; its variant is recorded with the link. */
  accountId?: string | null;
  utm?: Utm;
}

export type LinkView = LinkRecord & { shortUrl: string };

/** 72 random bits, URL-safe: codes cannot be enumerated. */
const newCode = () => newSecret(9);

const view = (env: LinkEnv, l: LinkRecord): LinkView => ({ ...l, shortUrl: `${env.publicUrl.replace(/\/$/, '')}/l/${l.code}` });

export async function createLink(env: LinkEnv, workspaceId: string, contentId: string, input: NewLink, actor: string | null): Promise<{ link: LinkView; created: boolean }> {
  const item = await findItem(env.db, workspaceId, contentId);
  if (!item) throw notFound('content item');
  let platform: string | null = null;
  let variantId: string | null = null;
  const accountId = input.accountId ?? null;
  if (accountId) {
    const account = (await env.listAccounts(env.db, workspaceId)).find((a) => a.id === accountId);
    if (!account) throw invalidField('accountId', `unknown account ${accountId}`);
    platform = previewPlatform(account);
    variantId = (await selectVariants(env.db, workspaceId, contentId)).find((v) => v.accountId === accountId)?.id ?? null;
  }
  const utm = defaultUtm({ platform, campaign: item.campaign, contentId }, input.utm ?? {});
  const at = env.now();
  const { link, created } = await insertLink(env.db, workspaceId, {
    id: newId('lnk', at.getTime()), contentId, variantId, accountId, code: newCode(), targetUrl: input.url, utm, url: withUtm(input.url, utm), createdBy: actor, createdAt: at,
  });
  if (created) await recordActivity(env.db, workspaceId, { contentId, actorId: actor, kind: 'link_created', detail: { linkId: link.id, code: link.code, url: link.url, accountId } }, at);
  return { link: view(env, link), created };
}

export async function listLinks(env: LinkEnv, workspaceId: string, contentId: string): Promise<LinkView[]> {
  if (!(await findItem(env.db, workspaceId, contentId))) throw notFound('content item');
  return (await selectLinks(env.db, workspaceId, contentId)).map((l) => view(env, l));
}

/**
 * A visit of a short link: counts it, hands the click to the event store (one `link_click` event per
 * visit) and answers where to redirect. A failing event write is logged, never blocks the visitor.
 */
export async function followLink(env: LinkEnv, code: string, visit: { ip: string | null; userAgent: string | null; referrer: string | null }): Promise<string> {
  const link = await countClick(env.db, code);
  if (!link) throw notFound('link');
  try {
    await env.recordLinkClick({ db: env.db, secrets: env.secrets }, link.workspaceId, {
      linkId: link.id, code: link.code, contentId: link.contentId, variantId: link.variantId, accountId: link.accountId,
      url: link.url, utm: link.utm, ip: visit.ip, userAgent: visit.userAgent, referrer: visit.referrer, at: env.now(),
    });
  } catch (err) {
    env.logger.error('link_click event not stored', { code, err: String(err) });
  }
  return link.url;
}
