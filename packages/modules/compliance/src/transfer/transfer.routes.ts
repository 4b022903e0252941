import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { lexiconParams } from '../lexicons/lexicons.schema.js';
import { exportQuery, IMPORT_MAX_BODY_BYTES, importBody, importResponse } from './transfer.schema.js';
import { exportLexicon, importLexicon } from './transfer.service.js';

const base = '/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}';

export function transferRoutes(ctx: ModuleContext): AnyRoute[] {
  return [
    defineRoute({
      method: 'post',
      path: `${base}/import`,
      access: 'compliance.manage',
      summary: 'Import terms from CSV or JSON: upsert by term (re-importing changes nothing); bad rows are reported by row and field, the rest imported',
      tags: ['compliance'],
      params: lexiconParams,
      body: importBody,
      status: 200,
      maxBodyBytes: IMPORT_MAX_BODY_BYTES,
      response: importResponse,
      audit: 'compliance.lexicon.import',
      handler: async ({ params, body, audit }) => {
        const r = await importLexicon(ctx.db, params.workspaceId, params.lexiconId, body.format, body.content, ctx.clock.now());
        audit({ targetType: 'compliance_lexicon', targetId: params.lexiconId, after: { format: body.format, ...r, errors: r.errors.length } });
        return r;
      },
    }),
    defineRoute({
      method: 'get',
      path: `${base}/export`,
      access: 'content.read',
      summary: 'Export the terms as CSV (spreadsheet-safe: formula-like cells prefixed with \') or JSON',
      tags: ['compliance'],
      params: lexiconParams,
      query: exportQuery,
      handler: async ({ params, query }) => {
        const f = await exportLexicon(ctx.db, params.workspaceId, params.lexiconId, query.format, ctx.clock.now());
        return new Response(f.body, { headers: { 'content-type': f.contentType, 'content-disposition': `attachment; filename="${f.filename}"` } });
      },
    }),
  ];
}
