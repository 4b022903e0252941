import { defineRoute, workspaceParams, type AnyRoute, type ModuleContext } from '@resonance/http';
import { lexiconListResponse, lexiconParams, lexiconPatchBody, lexiconSchema, newLexiconBody } from './lexicons.schema.js';
import { createLexicon, deleteLexicon, getLexicon, listLexicons, updateLexicon } from './lexicons.service.js';

const base = '/workspaces/{workspaceId}/compliance/lexicons';

export function lexiconsRoutes(ctx: ModuleContext): AnyRoute[] {
  const now = () => ctx.clock.now();
  return [
    defineRoute({
      method: 'get',
      path: base,
      access: 'content.read',
      summary: 'Compliance lexicons of the workspace (built-in ones are installed on first use)',
      tags: ['compliance'],
      params: workspaceParams,
      response: lexiconListResponse,
      handler: async ({ params }) => ({ items: await listLexicons(ctx.db, params.workspaceId, now()) }),
    }),
    defineRoute({
      method: 'post',
      path: base,
      access: 'compliance.manage',
      summary: 'Create a lexicon (name unique in the workspace: a retry answers 409)',
      tags: ['compliance'],
      params: workspaceParams,
      body: newLexiconBody,
      response: lexiconSchema,
      audit: 'compliance.lexicon.create',
      handler: async ({ params, body, audit }) => {
        const l = await createLexicon(ctx.db, params.workspaceId, body, now());
        audit({ targetType: 'compliance_lexicon', targetId: l.id, after: l });
        return l;
      },
    }),
    defineRoute({
      method: 'get',
      path: `${base}/{lexiconId}`,
      access: 'content.read',
      summary: 'One lexicon',
      tags: ['compliance'],
      params: lexiconParams,
      response: lexiconSchema,
      handler: async ({ params }) => getLexicon(ctx.db, params.workspaceId, params.lexiconId, now()),
    }),
    defineRoute({
      method: 'patch',
      path: `${base}/{lexiconId}`,
      access: 'compliance.manage',
      summary: 'Rename a lexicon, switch it on or off, or change the category of a custom one',
      tags: ['compliance'],
      params: lexiconParams,
      body: lexiconPatchBody,
      response: lexiconSchema,
      audit: 'compliance.lexicon.update',
      handler: async ({ params, body, audit }) => {
        const before = await getLexicon(ctx.db, params.workspaceId, params.lexiconId, now());
        const l = await updateLexicon(ctx.db, params.workspaceId, params.lexiconId, body, now());
        audit({ targetType: 'compliance_lexicon', targetId: l.id, before, after: l });
        return l;
      },
    }),
    defineRoute({
      method: 'delete',
      path: `${base}/{lexiconId}`,
      access: 'compliance.manage',
      summary: 'Delete a custom lexicon and its terms (built-in lexicons can only be switched off: 409)',
      tags: ['compliance'],
      params: lexiconParams,
      response: lexiconSchema,
      audit: 'compliance.lexicon.delete',
      handler: async ({ params, audit }) => {
        const l = await deleteLexicon(ctx.db, params.workspaceId, params.lexiconId, now());
        audit({ targetType: 'compliance_lexicon', targetId: l.id, before: l });
        return l;
      },
    }),
  ];
}
