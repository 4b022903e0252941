import { AppError, notFound } from '@resonance/kernel';
import { effectiveRules } from '../review-policies/policies.service.js';
import { FIRST_HUMAN_LEVEL, levelAt, routeAfterCompliance } from '../review-policies/policy.js';
import { inTx } from '../tx.js';
import { blockReasons, combineReports } from './compliance-report.js';
import { nextState } from './state-machine.js';
import { lockItem, step } from './transition-step.js';
import { SYSTEM, type Actor, type WorkflowEnv } from './workflow-env.js';
import { notices } from './workflow-notices.js';
import { findWorkflowItem, selectWorkflowVariants } from './workflow.repository.js';
import type { StoredComplianceReport, WorkflowItem } from './workflow.types.js';

async function checkItem(env: WorkflowEnv, workspaceId: string, item: WorkflowItem): Promise<StoredComplianceReport> {
  const variants = (await selectWorkflowVariants(env.db, workspaceId, item.id)).filter((v) => v.customised);
  const master = await env.ports.checkCompliance(env.db, workspaceId, { title: item.title, body: item.body, sponsored: item.sponsored, contentId: item.id });
  const custom = await Promise.all(
    variants.map(async (v) => ({ variantId: v.id, report: await env.ports.checkCompliance(env.db, workspaceId, { title: v.title, body: v.body, sponsored: item.sponsored }) })),
  );
  return combineReports([{ variantId: null, report: master }, ...custom], env.ctx.clock.now());
}

/**
 * Submit: draft → in_review, then level 1 (automatic compliance over the master and every customised
 * variant) routes it: block → rejected → draft with the findings as reasons; a low-risk auto_pass the
 * policy allows → approved; otherwise it waits for the first human level.
 */
export async function submitItem(env: WorkflowEnv, workspaceId: string, contentId: string, actor: Actor): Promise<void> {
  const checked = await findWorkflowItem(env.db, workspaceId, contentId);
  if (!checked) throw notFound('content item');
  nextState(checked.status, 'submit');
  const report = await checkItem(env, workspaceId, checked);
  const rules = await effectiveRules(env.db, workspaceId, checked.brandId);
  const route = routeAfterCompliance(rules, report);
  const now = env.ctx.clock.now();
  const reasons = blockReasons(report);
  const later = (ms: number) => new Date(now.getTime() + ms);

  const item = await inTx(env.db, async (s) => {
    const it = await lockItem(s, workspaceId, contentId);
    nextState(it.status, 'submit');
    if (it.version !== checked.version) {
      throw new AppError('stale_version', `The item changed during the compliance check (now version ${it.version}); submit again`, 409, { currentVersion: it.version });
    }
    const human = route === 'human_review';
    await step(s, workspaceId, it, 'submit', actor, now, {
      patch: {
        compliance: report, reviewRound: it.reviewRound + 1, reviewPolicy: rules, rejection: null,
        reviewLevel: human ? FIRST_HUMAN_LEVEL : null, reviewSince: now,
      },
      detail: { riskScore: report.riskScore, decision: report.decision, findings: report.findings.length },
    });
    if (route === 'block') {
      const rejection = { reasons: reasons.length ? reasons : ['合规检查拦截 / Blocked by the compliance check'], by: null, at: now.toISOString(), level: 1, automatic: true };
      // the automatic level's steps are 1 ms apart so the history keeps their order
      await step(s, workspaceId, it, 'auto_block', SYSTEM, later(1), { patch: { rejection }, detail: { level: 1, reasons: rejection.reasons } });
      await step(s, workspaceId, it, 'reopen', SYSTEM, later(2), { patch: { reviewSince: null }, detail: { automatic: true } });
    } else if (route === 'auto_approve') {
      await step(s, workspaceId, it, 'auto_approve', SYSTEM, later(1), { patch: { reviewSince: null }, detail: { level: 1, riskScore: report.riskScore } });
    }
    return { ...it, reviewRound: it.reviewRound + 1 };
  });

  if (route === 'block') await notices.rejected(env, workspaceId, item, reasons, true);
  else if (route === 'auto_approve') await notices.approved(env, workspaceId, item, true);
  else await notices.reviewRequested(env, workspaceId, item, FIRST_HUMAN_LEVEL, levelAt(rules, FIRST_HUMAN_LEVEL)!.role);
}
