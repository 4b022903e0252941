import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { can, forbidden } from '@resonance/kernel';
import { dataSubjectParams, eraseBody, eraseResponse } from './data-subject.schema.js';
import { eraseFanData } from './erase-fan-data.js';
import { prepareFanExport, type FanExport } from './export-fan-data.js';

/** A streamed JSON download; an error half-way ends the stream (the client gets truncated, invalid JSON). */
function jsonDownload(exp: FanExport, filename: string, log: ModuleContext['logger']): Response {
  const chunks = exp.chunks();
  const enc = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(enc.encode(next.value));
      } catch (err) {
        log.error('data-subject export failed while streaming', { fanId: exp.fanId, error: (err as Error).message });
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}

export function dataSubjectRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/fans/{fanId}/export',
      access: 'privacy.manage',
      summary: 'Data-subject export: one JSON document (attachment) with everything about the fan — profile, identities in clear, consent records, merges and all events',
      tags: ['privacy'],
      params: dataSubjectParams,
      audit: 'fan.export',
      handler: async ({ params, role, audit }) => {
        // the document holds e-mail and phone in clear: a role must also be allowed to see them
        if (!role || !can(role, 'fans.pii')) throw forbidden('Exporting a fan needs fans.pii as well (the export holds personal data in clear)');
        const exp = await prepareFanExport(ctx, params.workspaceId, params.fanId);
        audit({ targetType: 'fan', targetId: exp.fanId, after: exp.counts });
        return jsonDownload(exp, `fan-${exp.fanId}.json`, ctx.logger);
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/fans/{fanId}/erase',
      access: 'privacy.manage',
      summary: 'Erase a fan (with the profiles merged into it): profile, identities, consent records and merges deleted; events deleted or irreversibly anonymised',
      tags: ['privacy'],
      params: dataSubjectParams,
      body: eraseBody,
      status: 200,
      response: eraseResponse,
      audit: 'fan.erase',
      handler: async ({ params, body, audit }) => {
        const result = await eraseFanData(ctx, params.workspaceId, params.fanId, body.mode);
        audit({ targetType: 'fan', targetId: result.fanId, after: result });
        return result;
      },
    }),
  ];
}
