import { defineRoute, type AnyRoute, type ModuleContext } from '@resonance/http';
import { lexiconParams, newTermBody, termListResponse, termParams, termPatchBody, termSchema, termsQuery } from './lexicons.schema.js';
import { addTerm, getTerm, listTerms, removeTerm, updateTerm } from './terms.service.js';

const base = '/workspaces/{workspaceId}/compliance/lexicons/{lexiconId}/terms';

export function termsRoutes(ctx: ModuleContext): AnyRoute[] {
  const now = () => ctx.clock.now();
  return [
    defineRoute({
      method: 'get',
      path: base,
      access: 'content.read',
      summary: 'Terms of a lexicon by term; `search` matches term or suggestion',
      tags: ['compliance'],
      params: lexiconParams,
      query: termsQuery,
      response: termListResponse,
      handler: async ({ params, query }) => listTerms(ctx.db, params.workspaceId, params.lexiconId, query, now()),
    }),
    defineRoute({
      method: 'post',
      path: base,
      access: 'compliance.manage',
      summary: 'Add a term (unique in its lexicon: a retry answers 409)',
      tags: ['compliance'],
      params: lexiconParams,
      body: newTermBody,
      response: termSchema,
      audit: 'compliance.term.create',
      handler: async ({ params, body, audit }) => {
        const t = await addTerm(ctx.db, params.workspaceId, params.lexiconId, body, now());
        audit({ targetType: 'compliance_term', targetId: t.id, after: t });
        return t;
      },
    }),
    defineRoute({
      method: 'patch',
      path: `${base}/{termId}`,
      access: 'compliance.manage',
      summary: 'Change a term, its severity, suggestion or variant matching',
      tags: ['compliance'],
      params: termParams,
      body: termPatchBody,
      response: termSchema,
      audit: 'compliance.term.update',
      handler: async ({ params, body, audit }) => {
        const before = await getTerm(ctx.db, params.workspaceId, params.lexiconId, params.termId, now());
        const t = await updateTerm(ctx.db, params.workspaceId, params.lexiconId, params.termId, body, now());
        audit({ targetType: 'compliance_term', targetId: t.id, before, after: t });
        return t;
      },
    }),
    defineRoute({
      method: 'delete',
      path: `${base}/{termId}`,
      access: 'compliance.manage',
      summary: 'Delete a term',
      tags: ['compliance'],
      params: termParams,
      response: termSchema,
      audit: 'compliance.term.delete',
      handler: async ({ params, audit }) => {
        const t = await removeTerm(ctx.db, params.workspaceId, params.lexiconId, params.termId, now());
        audit({ targetType: 'compliance_term', targetId: t.id, before: t });
        return t;
      },
    }),
  ];
}
