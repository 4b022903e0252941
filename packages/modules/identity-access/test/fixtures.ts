import { fileURLToPath } from 'node:url';
import { manualClock } from '@resonance/kernel';
import type { Database } from '@resonance/db';
import { createUser } from '../src/user.service.js';

export const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url));

export const T0 = new Date('2026-11-22T02:00:00.000Z');
export const newClock = () => manualClock(T0);

let n = 0;
/** A user with a unique e-mail and the password `password-123`. */
export function makeUser(db: Database, clock = newClock(), name = 'Test User') {
  n += 1;
  return createUser(db, { email: `user${n}-${Date.now()}@example.com`, name, password: 'password-123' }, clock);
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;

export interface SentJob {
  name: string;
  data: object;
  options?: object;
}

/** Strict fakes of the job queue and mailer: they record what is sent, nothing more. */
export function fakePorts(mailerConfigured: boolean) {
  const jobs: SentJob[] = [];
  const mails: { to: string; subject: string; text: string }[] = [];
  return {
    sentJobs: jobs,
    sentMails: mails,
    jobs: {
      send: async (name: string, data: object, options?: object) => {
        jobs.push({ name, data, options });
        return `job-${jobs.length}`;
      },
    },
    mailer: {
      configured: mailerConfigured,
      send: async (m: { to: string; subject: string; text: string }) => {
        if (!mailerConfigured) throw new Error('mailer not configured');
        mails.push(m);
      },
    },
    config: { publicUrl: 'https://resonance.example.com/', dataDir: '/nonexistent' },
  };
}
