import type { Database } from '@resonance/db';

export interface NotificationRecord {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string;
  readAt: Date | null;
  createdAt: Date;
}

/** A member as the notifier needs it: who has which role, and where to e-mail them. */
export interface NotifiableMember {
  userId: string;
  role: string;
  name: string;
  email: string;
}

/** Owned by identity-access (`listMembers`), wired by apps/server. */
export type ListNotifiableMembers = (db: Database, workspaceId: string) => Promise<NotifiableMember[]>;

/** What a caller asks to send (same shape as the content module's `Notify` port input). */
export interface NotificationInput {
  /** Recipients by user id and/or by workspace role (every member with that role). */
  userIds?: string[];
  roles?: string[];
  kind: string;
  title: string;
  body: string;
  /** Path inside the web app, e.g. /w/{ws}/studio/{id}. */
  link: string;
  /** Also e-mail the recipients (through a job, over the configured SMTP mailer). */
  email?: boolean;
}
