import { AppError, forbidden, invalidField, newId, notFound, type Role } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import type { ModuleContext } from '@resonance/http';
import { recordActivity } from '../activity/activity.repository.js';
import { titleExcerpt } from '../calendar/excerpt.js';
import type { MemberView, Notify } from '../ports.js';
import { inTx } from '../tx.js';
import {
  deleteCommentRow,
  findCommentByKey,
  findCommentRow,
  findItemRef,
  insertCommentRow,
  listCommentRows,
  updateCommentRow,
  variantBelongs,
  type CommentRecord,
  type ItemRef,
} from './comments.repository.js';
import { mentionedUserIds } from './mentions.js';

export interface CommentEnv {
  ctx: ModuleContext;
  members: MemberView[];
  notify: Notify;
  /** The caller: user or API-token id, and its role in the workspace. */
  actorId: string;
  role: Role | null;
}

export interface CommentView extends Omit<CommentRecord, 'mentions'> {
  authorName: string;
  mentions: { userId: string; name: string }[];
  mine: boolean;
  canDelete: boolean;
}

const MODERATORS: readonly string[] = ['owner', 'admin'];

export function toView(c: CommentRecord, env: Pick<CommentEnv, 'members' | 'actorId' | 'role'>): CommentView {
  const names = new Map(env.members.map((m) => [m.userId, m.name]));
  const mine = c.authorId === env.actorId;
  return {
    ...c,
    authorName: names.get(c.authorId) ?? c.authorId,
    mentions: c.mentions.map((userId) => ({ userId, name: names.get(userId) ?? userId })),
    mine,
    canDelete: mine || MODERATORS.includes(env.role ?? ''),
  };
}

async function itemOr404(db: Database, workspaceId: string, contentId: string): Promise<ItemRef> {
  const item = await findItemRef(db, workspaceId, contentId);
  if (!item) throw notFound('content item');
  return item;
}

/** Tells newly mentioned members (never the author); a notification failure does not undo the comment. */
async function notifyMentioned(env: CommentEnv, workspaceId: string, item: ItemRef, c: CommentRecord, userIds: string[]): Promise<void> {
  const to = userIds.filter((u) => u !== c.authorId);
  if (!to.length) return;
  const author = env.members.find((m) => m.userId === c.authorId)?.name ?? c.authorId;
  try {
    await env.notify(env.ctx.db, env.ctx, workspaceId, {
      userIds: to,
      kind: 'mentioned',
      title: `${author} 在「${titleExcerpt(item.title, item.body)}」的评论中提到了你 · mentioned you`,
      body: c.body,
      link: `/w/${workspaceId}/studio/${item.id}`,
    });
  } catch (err) {
    env.ctx.logger.warn('mention notification failed', { commentId: c.id, error: String(err) });
  }
}

export async function listComments(db: Database, workspaceId: string, contentId: string, variantId: string | undefined, env: CommentEnv) {
  await itemOr404(db, workspaceId, contentId);
  return (await listCommentRows(db, workspaceId, contentId, variantId)).map((c) => toView(c, env));
}

/** Creates a comment (idempotent per author with an Idempotency-Key), records activity, notifies mentions. */
export async function createComment(
  workspaceId: string,
  contentId: string,
  input: { body: string; variantId?: string | null },
  key: string | null,
  env: CommentEnv,
): Promise<{ comment: CommentView; created: boolean }> {
  const db = env.ctx.db;
  const now = env.ctx.clock.now();
  const item = await itemOr404(db, workspaceId, contentId);
  if (input.variantId && !(await variantBelongs(db, workspaceId, contentId, input.variantId)))
    throw invalidField('body.variantId', 'is not a variant of this content item');
  if (key) {
    const prior = await findCommentByKey(db, workspaceId, env.actorId, key);
    if (prior) return { comment: toView(prior, env), created: false };
  }
  const draft: CommentRecord = {
    id: newId('cmt', now.getTime()),
    contentId,
    variantId: input.variantId ?? null,
    authorId: env.actorId,
    body: input.body,
    mentions: mentionedUserIds(input.body, env.members),
    edited: false,
    createdAt: now,
    updatedAt: now,
  };
  const saved = await inTx(db, async (tx) => {
    const c = await insertCommentRow(tx, workspaceId, draft, key);
    if (!c) return null;
    await recordActivity(tx as Database, workspaceId, { contentId, actorId: env.actorId, kind: 'comment', detail: { commentId: c.id, variantId: c.variantId, mentions: c.mentions } }, now);
    return c;
  });
  if (!saved) {
    const prior = key ? await findCommentByKey(db, workspaceId, env.actorId, key) : null;
    if (!prior) throw new AppError('conflict', 'the comment could not be saved', 409);
    return { comment: toView(prior, env), created: false };
  }
  await notifyMentioned(env, workspaceId, item, saved, saved.mentions);
  return { comment: toView(saved, env), created: true };
}

/** Only the author edits; members mentioned for the first time by the edit are notified. */
export async function updateComment(workspaceId: string, contentId: string, commentId: string, body: string, env: CommentEnv) {
  const db = env.ctx.db;
  const now = env.ctx.clock.now();
  const item = await itemOr404(db, workspaceId, contentId);
  const before = await findCommentRow(db, workspaceId, contentId, commentId);
  if (!before) throw notFound('comment');
  if (before.authorId !== env.actorId) throw forbidden('Only the author can edit a comment');
  if (before.body === body) return { before, comment: toView(before, env) };
  const mentions = mentionedUserIds(body, env.members);
  const after = await inTx(db, async (tx) => {
    const c = await updateCommentRow(tx, workspaceId, commentId, body, mentions, now);
    if (!c) throw notFound('comment');
    await recordActivity(tx as Database, workspaceId, { contentId, actorId: env.actorId, kind: 'comment_edited', detail: { commentId, mentions } }, now);
    return c;
  });
  await notifyMentioned(env, workspaceId, item, after, mentions.filter((u) => !before.mentions.includes(u)));
  return { before, comment: toView(after, env) };
}

/** The author, or a workspace owner/admin (moderation), deletes a comment; the activity entry remains. */
export async function deleteComment(workspaceId: string, contentId: string, commentId: string, env: CommentEnv): Promise<CommentRecord> {
  const db = env.ctx.db;
  await itemOr404(db, workspaceId, contentId);
  const c = await findCommentRow(db, workspaceId, contentId, commentId);
  if (!c) throw notFound('comment');
  if (!toView(c, env).canDelete) throw forbidden('Only the author (or an owner or admin) can delete a comment');
  await inTx(db, async (tx) => {
    if (!(await deleteCommentRow(tx, workspaceId, commentId))) throw notFound('comment');
    await recordActivity(tx as Database, workspaceId, { contentId, actorId: env.actorId, kind: 'comment_deleted', detail: { commentId, authorId: c.authorId } }, env.ctx.clock.now());
  });
  return c;
}
