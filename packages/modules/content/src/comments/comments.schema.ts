import { z } from 'zod';

export const MAX_COMMENT_CHARS = 5000;

const body = z.string().trim().min(1, 'must not be empty').max(MAX_COMMENT_CHARS);

export const commentsParams = z.object({ workspaceId: z.string().min(1), contentId: z.string().min(1) });
export const commentParams = commentsParams.extend({ commentId: z.string().min(1) });
export const commentsQuery = z.object({ variantId: z.string().min(1).max(100).optional() });
export const newCommentBody = z.object({
  /** `@name` of a workspace member mentions and notifies them. */
  body,
  /** Set to comment on one variant; omitted = the whole item. */
  variantId: z.string().min(1).max(100).nullable().optional(),
});
export const commentPatchBody = z.object({ body });

export const commentSchema = z.object({
  id: z.string(),
  contentId: z.string(),
  variantId: z.string().nullable(),
  authorId: z.string(),
  /** The member's name; the id itself for an API token. */
  authorName: z.string(),
  body: z.string(),
  mentions: z.array(z.object({ userId: z.string(), name: z.string() })),
  edited: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
  /** The caller wrote it (may edit and delete it). */
  mine: z.boolean(),
  /** The caller may delete it (its author, or a workspace owner or admin). */
  canDelete: z.boolean(),
});
export const commentListResponse = z.object({ items: z.array(commentSchema) });
export const mentionCandidatesResponse = z.object({ items: z.array(z.object({ userId: z.string(), name: z.string(), role: z.string() })) });
