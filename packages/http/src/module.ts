import type { ModuleContext } from './module-context.js';
import type { AnyRoute } from './route.js';

export interface JobDefinition<T = any> {
  name: string;
  handler(data: T, ctx: ModuleContext): Promise<void>;
  /** Cron expression (workspace-independent, evaluated in UTC unless `timeZone`). */
  cron?: string;
  timeZone?: string;
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryBackoff?: boolean;
}

export interface AppModule {
  name: string;
  /** Absolute path of the module's `migrations/` folder. */
  migrationsDir?: string;
  routes?(ctx: ModuleContext): AnyRoute[];
  jobs?(ctx: ModuleContext): JobDefinition[];
  /** Finishes work under way (e.g. buffered writes) before the database closes. */
  close?(): Promise<void>;
}

export function defineModule(m: AppModule): AppModule {
  return m;
}
