/**
 * What the content module needs from other modules. apps/server/src/modules.ts wires each port from
 * the owning module's exported functions (modules never import each other).
 */
import type { Database } from '@resonance/db';
import type { ModuleContext } from '@resonance/http';

export type ComplianceDecision = 'auto_pass' | 'human_review' | 'block';

export interface ComplianceFindingView {
  rule: string;
  category: string;
  severity: string;
  /** Which part of the item the span is in. */
  field: 'title' | 'body';
  /** UTF-16 offsets into the ORIGINAL text of that field. */
  start: number;
  end: number;
  excerpt: string;
  suggestion: string;
  explanation: string;
}

export interface ComplianceReportView {
  findings: ComplianceFindingView[];
  /** 0–100. */
  riskScore: number;
  decision: ComplianceDecision;
}

export interface ComplianceInput {
  title: string | null;
  body: string;
  /** Sponsored content must carry a disclosure (广告 / #ad). */
  sponsored: boolean;
  /** When set, the check is recorded for compliance metrics (share flagged over time). */
  contentId?: string;
}

/** Owned by the compliance module (lexicons per workspace). */
export type CheckCompliance = (db: Database, workspaceId: string, input: ComplianceInput) => Promise<ComplianceReportView>;

export interface NotificationInput {
  /** Recipients by user id and/or by workspace role (every member with that role). */
  userIds?: string[];
  roles?: string[];
  /** e.g. review_requested, review_sla_breached, mentioned, content_rejected, takedown_needs_attention */
  kind: string;
  title: string;
  body: string;
  /** Path inside the web app, e.g. /w/{ws}/studio/{id}. */
  link: string;
  /** Also send an e-mail (over the configured SMTP mailer). */
  email?: boolean;
}

/** Owned by the notifications module (in-app inbox + e-mail). */
export type Notify = (db: Database, ctx: ModuleContext, workspaceId: string, n: NotificationInput) => Promise<void>;

export interface AssetInfoView {
  id: string;
  kind: 'image' | 'video';
  mimeType: string;
  bytes: number;
  width: number | null;
  height: number | null;
  durationMs: number | null;
  url: string;
  thumbnailUrl: string | null;
}

/** Owned by the assets module; unknown ids are simply absent from the answer. */
export type AssetInfo = (db: Database, workspaceId: string, assetIds: string[]) => Promise<AssetInfoView[]>;

export interface LinkClick {
  linkId: string;
  code: string;
  contentId: string;
  variantId: string | null;
  accountId: string | null;
  url: string;
  utm: Record<string, string>;
  ip: string | null;
  userAgent: string | null;
  referrer: string | null;
  at: Date;
}

/** Owned by the events module: a tracked short-link click becomes a `link_click` event. */
export type RecordLinkClick = (ctx: Pick<ModuleContext, 'db' | 'secrets'>, workspaceId: string, click: LinkClick) => Promise<void>;

export interface BestTimeSlot {
  /** 0 = Monday … 6 = Sunday, hour 0–23, in the workspace time zone. */
  weekday: number;
  hour: number;
  /** Higher is better; only the order matters. */
  score: number;
}

/** Owned by analytics (posting-time heatmap); null when the account has too little history. */
export type BestTimes = (db: Database, workspaceId: string, accountId: string) => Promise<BestTimeSlot[] | null>;

export interface MemberView {
  userId: string;
  role: string;
  name: string;
}

/** Owned by identity-access. */
export type ListMembers = (db: Database, workspaceId: string) => Promise<MemberView[]>;

/** Owned by accounts: the target accounts of variants (platform decides the content rules). */
export interface AccountView {
  id: string;
  platform: string;
  name: string;
  brandId: string | null;
  /** For sandbox accounts: the platform kind they simulate (its documented rules and preview apply too). */
  simulates?: string | null;
}
export type ListAccounts = (db: Database, workspaceId: string) => Promise<AccountView[]>;

/** Owned by identity-access: the workspace's IANA time zone (default Asia/Shanghai) for days and hours. */
export type WorkspaceTimeZone = (db: Database, workspaceId: string) => Promise<string>;

export interface TakedownOutcome {
  publicationId: string;
  accountId: string;
  /** removed: the connector deleted the post; needs_attention: it cannot (no delete capability) or failed. */
  outcome: 'removed' | 'needs_attention';
  reason: string | null;
}

/**
 * Owned by publishing + the connectors (wired in apps/server): removes every publication of the item
 * where the account's connector can delete, marks the others `needs_attention`.
 */
export type Takedown = (db: Database, ctx: ModuleContext, workspaceId: string, contentId: string) => Promise<TakedownOutcome[]>;

export interface ContentPorts {
  checkCompliance: CheckCompliance;
  notify: Notify;
  assetInfo: AssetInfo;
  recordLinkClick: RecordLinkClick;
  bestTimes: BestTimes;
  listMembers: ListMembers;
  listAccounts: ListAccounts;
  workspaceTimeZone: WorkspaceTimeZone;
  takedown: Takedown;
}
