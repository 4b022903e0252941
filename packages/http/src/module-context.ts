import type { Clock, JobQueue, Logger, Mailer, SecretBox } from '@resonance/kernel';
import type { Database } from '@resonance/db';

/** What the platform hands every module: nothing more. Extra ports go into a module's own factory. */
export interface ModuleContext {
  db: Database;
  secrets: SecretBox;
  jobs: JobQueue;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  config: {
    /** Public base URL, e.g. http://localhost:3000 (for links in emails and callback URLs). */
    publicUrl: string;
    dataDir: string;
  };
}
