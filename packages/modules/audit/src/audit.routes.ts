import type { ModuleContext } from '@resonance/http';
import { defineRoute, workspaceParams, type AnyRoute } from '@resonance/http';
import { CSV_BOM, csvLine } from '@resonance/kernel';
import { AUDIT_CSV_HEADER, auditCsvRow } from './audit-csv.js';
import { listEntries } from './audit.repository.js';
import { auditFilterQuery, auditListQuery, auditListResponse, toFilters, verifyResponse } from './audit.schema.js';
import { listAuditEntries } from './list-entries.service.js';
import { verifyAuditChain } from './verify-chain.service.js';
import type { AuditPorts } from './audit-ports.js';

/** Upper bound of one CSV export; narrow the filters for more. */
export const CSV_EXPORT_MAX_ROWS = 100_000;

export function auditRoutes(ctx: ModuleContext, ports: AuditPorts): AnyRoute[] {
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/audit',
      access: 'audit.read',
      summary: 'List audit log entries (newest first)',
      tags: ['audit'],
      params: workspaceParams,
      query: auditListQuery,
      response: auditListResponse,
      handler: async ({ params, query }) => {
        const page = await listAuditEntries(ctx.db, params.workspaceId, toFilters(query), { limit: query.limit, cursor: query.cursor });
        const names = await ports.actorNames(ctx.db, params.workspaceId, page.items.flatMap((e) => (e.actorId ? [e.actorId] : [])));
        return { ...page, items: page.items.map((e) => (e.actorId && names[e.actorId] ? { ...e, actorName: names[e.actorId] } : e)) };
      },
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/audit/verify',
      access: 'audit.read',
      summary: "Verify the workspace's audit hash chain",
      tags: ['audit'],
      params: workspaceParams,
      status: 200,
      audit: false,
      response: verifyResponse,
      handler: async ({ params }) => verifyAuditChain(ctx.db, { workspaceId: params.workspaceId }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/audit/export.csv',
      access: 'audit.read',
      summary: 'Export audit log entries as CSV',
      tags: ['audit'],
      params: workspaceParams,
      query: auditFilterQuery,
      handler: async ({ params, query }) => {
        let csv = CSV_BOM + csvLine(AUDIT_CSV_HEADER);
        let cursor: string | undefined;
        let rows = 0;
        do {
          const page = await listEntries(ctx.db, params.workspaceId, toFilters(query), { limit: 1000, cursor });
          for (const e of page.items) csv += auditCsvRow(e);
          rows += page.items.length;
          cursor = page.nextCursor ?? undefined;
        } while (cursor && rows < CSV_EXPORT_MAX_ROWS);
        return new Response(csv, {
          headers: {
            'content-type': 'text/csv; charset=utf-8',
            'content-disposition': `attachment; filename="audit-${params.workspaceId}.csv"`,
          },
        });
      },
    }),
  ];
}
