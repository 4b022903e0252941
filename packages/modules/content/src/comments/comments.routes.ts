import { actorId, defineRoute, workspaceParams, type AnyRoute, type ModuleContext, type Principal } from '@resonance/http';
import { invalidField, type Role } from '@resonance/kernel';
import type { ContentModuleDeps } from '../deps.js';
import {
  commentListResponse,
  commentParams,
  commentPatchBody,
  commentSchema,
  commentsParams,
  commentsQuery,
  mentionCandidatesResponse,
  newCommentBody,
} from './comments.schema.js';
import { createComment, deleteComment, listComments, updateComment, type CommentEnv } from './comments.service.js';

/**
 * Comment threads. Commenting needs only content.read: reviewers (and every role that can see content)
 * must be able to discuss it; editing or deleting is limited to the author (owner/admin may delete).
 */
export function commentRoutes(ctx: ModuleContext, deps: ContentModuleDeps): AnyRoute[] {
  const env = async (workspaceId: string, principal: Principal, role: Role | null): Promise<CommentEnv> => ({
    ctx,
    members: await deps.listMembers(ctx.db, workspaceId),
    notify: deps.notify,
    actorId: actorId(principal) ?? 'anonymous',
    role,
  });
  return [
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/comments/mentionable',
      access: 'content.read',
      summary: 'Members who can be @mentioned in comments (name and role)',
      tags: ['comments'],
      params: workspaceParams,
      response: mentionCandidatesResponse,
      handler: async ({ params }) => ({
        items: (await deps.listMembers(ctx.db, params.workspaceId)).map(({ userId, name, role }) => ({ userId, name, role })),
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/workspaces/{workspaceId}/content/{contentId}/comments',
      access: 'content.read',
      summary: "A content item's comment thread, oldest first (variantId narrows it to one variant)",
      tags: ['comments'],
      params: commentsParams,
      query: commentsQuery,
      response: commentListResponse,
      handler: async ({ params, query, principal, role }) => ({
        items: await listComments(ctx.db, params.workspaceId, params.contentId, query.variantId, await env(params.workspaceId, principal, role)),
      }),
    }),
    defineRoute({
      method: 'post',
      path: '/workspaces/{workspaceId}/content/{contentId}/comments',
      access: 'content.read',
      summary: 'Comment on a content item (or one of its variants); @name mentions notify members; send an Idempotency-Key header to retry safely',
      tags: ['comments'],
      params: commentsParams,
      body: newCommentBody,
      response: commentSchema,
      audit: 'content.comment',
      handler: async ({ params, body, principal, role, audit, raw }) => {
        const key = raw.req.header('idempotency-key')?.trim() || null;
        if (key && key.length > 200) throw invalidField('Idempotency-Key', 'must be at most 200 characters');
        const { comment, created } = await createComment(params.workspaceId, params.contentId, body, key, await env(params.workspaceId, principal, role));
        if (created) audit({ targetType: 'content_comment', targetId: comment.id, after: { contentId: comment.contentId, mentions: comment.mentions.map((m) => m.userId) } });
        return comment;
      },
    }),
    defineRoute({
      method: 'patch',
      path: '/workspaces/{workspaceId}/content/{contentId}/comments/{commentId}',
      access: 'content.read',
      summary: 'Edit your own comment (newly mentioned members are notified)',
      tags: ['comments'],
      params: commentParams,
      body: commentPatchBody,
      response: commentSchema,
      audit: 'content.comment_update',
      handler: async ({ params, body, principal, role, audit }) => {
        const { before, comment } = await updateComment(params.workspaceId, params.contentId, params.commentId, body.body, await env(params.workspaceId, principal, role));
        audit({ targetType: 'content_comment', targetId: comment.id, before: { body: before.body }, after: { body: comment.body } });
        return comment;
      },
    }),
    defineRoute({
      method: 'delete',
      path: '/workspaces/{workspaceId}/content/{contentId}/comments/{commentId}',
      access: 'content.read',
      summary: 'Delete a comment (its author, or a workspace owner or admin)',
      tags: ['comments'],
      params: commentParams,
      status: 204,
      audit: 'content.comment_delete',
      handler: async ({ params, principal, role, audit }) => {
        const c = await deleteComment(params.workspaceId, params.contentId, params.commentId, await env(params.workspaceId, principal, role));
        audit({ targetType: 'content_comment', targetId: c.id, before: { authorId: c.authorId, body: c.body } });
        return undefined;
      },
    }),
  ];
}
