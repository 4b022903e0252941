/** Ports the platform provides to modules; implementations live in apps and packages/jobs. */

export interface SendJobOptions {
  /** Only one queued job per key (idempotent enqueue). */
  singletonKey?: string;
  startAfter?: Date | number;
  retryLimit?: number;
}

export interface JobQueue {
  send(name: string, data: object, options?: SendJobOptions): Promise<string | null>;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** False when no SMTP server is configured: callers show the link to the admin instead. */
  readonly configured: boolean;
  send(message: MailMessage): Promise<void>;
}
