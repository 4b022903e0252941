import type { AnyRoute, AuditDetail, ModuleContext, RouteContext } from '@resonance/http';
import type { Database } from '@resonance/db';
import { createLogger, type Clock, type JobQueue, type SecretBox } from '@resonance/kernel';

const refuse = (what: string) => () => {
  throw new Error(`unexpected use of ${what} in a route test`);
};

/** A job queue that records what was sent (and runs nothing). */
export interface RecordingJobs extends JobQueue {
  readonly sent: { name: string; data: object; options?: { singletonKey?: string } }[];
}

export function recordingJobs(): RecordingJobs {
  const sent: RecordingJobs['sent'] = [];
  return {
    sent,
    send: async (name, data, options) => {
      sent.push({ name, data: structuredClone(data), ...(options ? { options: { ...options } } : {}) });
      return `job_${sent.length}`;
    },
  };
}

/** A ModuleContext whose mailer throws when touched; jobs are recorded (default: a fresh recorder). */
export function moduleContext(db: Database, secrets: SecretBox, clock: Clock, jobs: JobQueue = recordingJobs()): ModuleContext {
  return {
    db,
    secrets,
    clock,
    jobs,
    mailer: { configured: false, send: refuse('mailer.send') },
    logger: createLogger({}, 'error'),
    config: { publicUrl: 'https://rsn.example.com', dataDir: '/nonexistent' },
  };
}

/** Runs a route the way the server does (zod-validated input and output) and returns what it asked to audit. */
export async function callRoute(routes: AnyRoute[], method: string, path: string, input: { params: object; query?: object; body?: unknown }) {
  const route = routes.find((r) => r.method === method && r.path === path);
  if (!route) throw new Error(`no route ${method} ${path}`);
  const detail: AuditDetail = {};
  const ctx: RouteContext<any, any, any> = {
    params: route.params ? route.params.parse(input.params) : undefined,
    query: route.query ? route.query.parse(input.query ?? {}) : undefined,
    body: route.body ? route.body.parse(input.body ?? {}) : undefined,
    principal: { kind: 'user', userId: 'usr_test', sessionId: 'ses_test', csrfToken: 'csrf', locale: 'en' },
    role: 'owner',
    ip: '127.0.0.1',
    userAgent: 'vitest',
    audit: (d) => Object.assign(detail, d),
    cookies: { get: refuse('cookies.get'), set: refuse('cookies.set'), delete: refuse('cookies.delete') },
    raw: new Proxy({}, { get: refuse('raw') }) as RouteContext<any, any, any>['raw'],
  };
  const result = await route.handler(ctx);
  return { route, result: route.response && !(result instanceof Response) ? route.response.parse(result) : result, audit: detail };
}
