import type { AppModule, JobDefinition, ModuleContext } from '@resonance/http';
import type { JobRunner } from '@resonance/jobs';

/** Every module's jobs, by name; a name declared twice is a boot error. */
export function collectJobs(modules: readonly AppModule[], ctx: ModuleContext): JobDefinition[] {
  const jobs = modules.flatMap((m) => m.jobs?.(ctx) ?? []);
  const names = new Set<string>();
  for (const j of jobs) {
    if (names.has(j.name)) throw new Error(`job ${j.name} is declared twice`);
    names.add(j.name);
  }
  return jobs;
}

/**
 * Registers every module's jobs on the queue. With `work` (roles worker and all) this process also
 * runs them; with role api it only creates the queues so it can enqueue.
 */
export async function startWorker(runner: JobRunner, modules: readonly AppModule[], ctx: ModuleContext): Promise<void> {
  await runner.start(collectJobs(modules, ctx), ctx);
}
