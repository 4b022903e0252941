import type { Database } from '@resonance/db';
import { actorId, defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import type { Clock } from '@resonance/kernel';
import { retentionBody, retentionResponse } from './retention.schema.js';
import { getEventRetention, setEventRetention, type EventRetention } from './retention.service.js';

const dto = (r: EventRetention) => ({ retentionDays: r.retentionDays, updatedAt: r.updatedAt?.toISOString() ?? null, updatedBy: r.updatedBy });

export function retentionRoutes(deps: { db: Database; clock: Clock }): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/event-retention',
      access: 'workspace.read',
      summary: 'How long events are kept (days, null = forever)',
      tags: ['events'],
      params: workspaceParams,
      response: retentionResponse,
      handler: async ({ params }) => dto(await getEventRetention(deps.db, params.workspaceId)),
    }),
    defineRoute({
      method: 'put',
      path: '/workspaces/{workspaceId}/event-retention',
      access: 'privacy.manage',
      summary: 'Set how long events are kept (1–3650 days, null = forever); a daily job deletes older events',
      tags: ['events'],
      params: workspaceParams,
      body: retentionBody,
      response: retentionResponse,
      audit: 'events.retention_update',
      handler: async ({ params, body, principal, audit }) => {
        const before = await getEventRetention(deps.db, params.workspaceId);
        const after = await setEventRetention(deps.db, params.workspaceId, body.retentionDays, actorId(principal), deps.clock);
        audit({ targetType: 'workspace', targetId: params.workspaceId, before: { retentionDays: before.retentionDays }, after: { retentionDays: after.retentionDays } });
        return dto(after);
      },
    }),
  ];
}
