import type { JobDefinition } from '@resonance/http';
import { FIRST_HUMAN_LEVEL, levelAt } from '../review-policies/policy.js';
import type { ContentJobFactory } from '../deps.js';
import type { WorkflowEnv } from './workflow-env.js';
import { notices } from './workflow-notices.js';
import { findWorkflowItem } from './workflow.repository.js';

export const REVIEW_SLA_JOB = 'content.review-sla';

/**
 * Notifies the level's reviewers and the owner about every item waiting past its level's SLA. One
 * alert per (item, round, level): the alert row is inserted first, so reruns never notify twice.
 * Returns how many alerts it sent.
 */
export async function checkReviewSla(env: WorkflowEnv): Promise<number> {
  const now = env.ctx.clock.now();
  const due = await env.db.query<{ workspace_id: string; id: string; review_round: number; review_level: number }>(
    `select i.workspace_id, i.id, i.review_round, i.review_level from content_items i
      where i.status = 'in_review' and i.review_level is not null and i.review_since is not null
        and i.review_since + make_interval(hours => coalesce((i.review_policy -> 'levels' -> (i.review_level - ${FIRST_HUMAN_LEVEL}) ->> 'slaHours')::int, 24)) <= $1
        and not exists (select 1 from content_review_sla_alerts a where a.content_id = i.id and a.round = i.review_round and a.level = i.review_level)
      order by i.review_since
      limit 500`,
    [now],
  );
  let sent = 0;
  for (const d of due) {
    const claimed = await env.db.query(
      `insert into content_review_sla_alerts (workspace_id, content_id, round, level, created_at) values ($1, $2, $3, $4, $5)
       on conflict do nothing returning content_id`,
      [d.workspace_id, d.id, d.review_round, d.review_level, now],
    );
    if (claimed.length === 0) continue;
    const item = await findWorkflowItem(env.db, d.workspace_id, d.id);
    const def = item?.reviewPolicy ? levelAt(item.reviewPolicy, d.review_level) : null;
    if (!item || !def) continue;
    await notices.slaBreached(env, d.workspace_id, item, d.review_level, def.role, def.slaHours);
    sent++;
  }
  return sent;
}

export const reviewSlaJobs: ContentJobFactory = (ctx, deps): JobDefinition[] => [
  {
    name: REVIEW_SLA_JOB,
    cron: '*/5 * * * *',
    async handler() {
      const sent = await checkReviewSla({ db: ctx.db, ctx, ports: deps });
      if (sent) ctx.logger.info('review SLA alerts sent', { sent });
    },
  },
];
