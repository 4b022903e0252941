import { fileURLToPath } from 'node:url';
import type { Database } from '@resonance/db';
import type { ModuleContext } from '@resonance/http';
import { createLogger, manualClock, newId, type JobQueue } from '@resonance/kernel';
import type { ComplianceReportView, NotificationInput, TakedownOutcome } from '../../src/ports.js';
import type { WorkflowEnv } from '../../src/workflow/workflow-env.js';

export const CONTENT_MIGRATIONS = fileURLToPath(new URL('../../migrations', import.meta.url));

/** A compliance check that blocks 全网第一, sends 最好 to humans at risk 65, and passes the rest at risk 5. */
export function fakeCompliance(text: string): ComplianceReportView {
  const at = text.indexOf('全网第一');
  if (at >= 0) {
    return {
      riskScore: 90,
      decision: 'block',
      findings: [{ rule: 'ad_law.superlative', category: 'superlative', severity: 'high', field: 'body', start: at, end: at + 4, excerpt: '全网第一', suggestion: '删除', explanation: '极限词' }],
    };
  }
  const best = text.indexOf('最好');
  if (best >= 0) {
    return {
      riskScore: 65,
      decision: 'human_review',
      findings: [{ rule: 'ad_law.superlative', category: 'superlative', severity: 'medium', field: 'body', start: best, end: best + 2, excerpt: '最好', suggestion: '改为客观描述', explanation: '疑似极限词' }],
    };
  }
  return { riskScore: 5, decision: 'auto_pass', findings: [] };
}

export interface Harness {
  env: WorkflowEnv;
  clock: ReturnType<typeof manualClock>;
  notes: (NotificationInput & { workspaceId: string })[];
  takedownOutcomes: TakedownOutcome[];
  checks: string[];
}

export function harness(db: Database): Harness {
  const clock = manualClock(new Date('2026-11-24T02:00:00Z'));
  const notes: Harness['notes'] = [];
  const checks: string[] = [];
  const h: Harness = { clock, notes, checks, takedownOutcomes: [], env: undefined as unknown as WorkflowEnv };
  const jobs: JobQueue = { send: async () => 'job' };
  const ctx = { db, clock, jobs, mailer: { configured: false, send: async () => undefined }, logger: createLogger({ test: true }, 'error'), config: { publicUrl: 'http://x', dataDir: '' } } as unknown as ModuleContext;
  h.env = {
    db,
    ctx,
    ports: {
      checkCompliance: async (_db, _ws, input) => {
        checks.push(`${input.title ?? ''}|${input.body}`);
        return fakeCompliance(input.body);
      },
      notify: async (_db, _ctx, workspaceId, n) => void notes.push({ ...n, workspaceId }),
      takedown: async () => h.takedownOutcomes,
    },
  };
  return h;
}

/** A draft item with one variant per account (following the master unless `custom` bodies are given). */
export async function draftItem(
  db: Database,
  ws: string,
  opts: { body: string; title?: string; brandId?: string | null; ownerId?: string; accounts?: string[]; custom?: Record<string, string> },
): Promise<string> {
  const id = newId('cnt');
  const at = new Date('2026-11-24T01:00:00Z');
  await db.query(
    `insert into content_items (id, workspace_id, brand_id, title, body, owner_id, created_at, updated_at) values ($1, $2, $3, $4, $5, $6, $7, $7)`,
    [id, ws, opts.brandId ?? null, opts.title ?? '春季新品', opts.body, opts.ownerId ?? 'usr_owner', at],
  );
  for (const account of opts.accounts ?? ['acct_weibo']) {
    const custom = opts.custom?.[account];
    await db.query(
      `insert into content_variants (id, workspace_id, content_id, account_id, platform, title, body, customised, created_at, updated_at)
       values ($1, $2, $3, $4, 'sandbox', $5, $6, $7, $8, $8)`,
      [newId('var'), ws, id, account, opts.title ?? '春季新品', custom ?? opts.body, custom !== undefined, at],
    );
  }
  return id;
}

export async function statusOf(db: Database, ws: string, id: string): Promise<string> {
  const [r] = await db.query<{ status: string }>('select status from content_items where workspace_id = $1 and id = $2', [ws, id]);
  return r!.status;
}
