import { actorId, defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { invalidField } from '@resonance/kernel';
import { canonicalFanId } from './canonical.service.js';
import { consentBody, consentsResponse, recordConsentResponse } from './consent.schema.js';
import { getConsent, listConsentRecords, recordConsent } from './consent.service.js';
import { fanParams } from './fans.schema.js';

/** Decisions dated more than this after the server's clock are refused (clock skew allowance). */
const FUTURE_SLACK_MS = 5 * 60_000;

export function consentRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans/{fanId}/consents',
      access: 'fans.read',
      summary: "A fan's current consent per purpose and every recorded decision (newest first; merged profiles' records included)",
      tags: ['fans'],
      params: fanParams,
      response: consentsResponse,
      handler: async ({ params }) => {
        const fanId = await canonicalFanId(ctx.db, params.workspaceId, params.fanId);
        return {
          fanId,
          current: await getConsent(ctx.db, params.workspaceId, fanId),
          items: await listConsentRecords(ctx.db, params.workspaceId, fanId),
        };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/fans/{fanId}/consents',
      access: 'privacy.manage',
      summary: 'Record a consent decision (given or withdrawn) with its source and text version; an older decision is kept in the history only',
      tags: ['fans'],
      params: fanParams,
      body: consentBody,
      response: recordConsentResponse,
      audit: 'fan.consent_record',
      handler: async ({ params, body, principal, audit }) => {
        const at = body.at === undefined ? undefined : new Date(body.at);
        if (at && at.getTime() > ctx.clock.now().getTime() + FUTURE_SLACK_MS) throw invalidField('body.at', 'must not be in the future');
        const { consent, record } = await recordConsent(
          ctx.db,
          params.workspaceId,
          params.fanId,
          { purpose: body.purpose, granted: body.granted, source: body.source, textVersion: body.textVersion, at, actor: actorId(principal) ?? 'system' },
          ctx.clock,
        );
        const { actor: _actor, ...after } = record;
        audit({ targetType: 'fan', targetId: record.fanId, after });
        return { current: consent, record };
      },
    }),
  ];
}
