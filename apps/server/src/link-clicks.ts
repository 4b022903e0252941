import type { LinkClick } from '@resonance/content';
import type { ModuleContext } from '@resonance/http';
import { storeEvents } from '@resonance/events';
import { newId } from '@resonance/kernel';

/** The event-store source of short-link clicks (one per workspace: the code alone says which workspace). */
export const LINK_CLICK_SOURCE = 'content:short_links';

/**
 * The content module's `recordLinkClick` port: one `link_click` event per visit, through the event
 * store's `storeEvents` (same path as SDK ingestion and connector syncs). Each visit has its own
 * messageId, so a click is stored exactly once and two clicks are two events. The visitor's IP is not
 * kept (personal data without a purpose here); user agent and referrer are.
 */
export async function recordLinkClick(ctx: Pick<ModuleContext, 'db' | 'secrets'>, workspaceId: string, click: LinkClick): Promise<void> {
  await storeEvents({ db: ctx.db, secrets: ctx.secrets }, workspaceId, [
    {
      target: { workspaceId, sourceId: LINK_CLICK_SOURCE, platform: 'web' },
      receivedAt: click.at,
      events: [
        {
          name: 'link_click',
          messageId: newId('clk', click.at.getTime()),
          occurredAt: click.at,
          accountId: click.accountId,
          properties: {
            link_id: click.linkId,
            code: click.code,
            content_id: click.contentId,
            variant_id: click.variantId,
            url: click.url,
            ...click.utm,
            user_agent: click.userAgent,
            referrer: click.referrer,
          },
        },
      ],
    },
  ]);
}
