export interface AnalyticsAccount {
  id: string;
  name: string;
  platform: string;
  simulates: string | null;
  /** The brand the account belongs to (dashboards filter by brand). */
  brandId?: string;
}

/** What analytics needs from other modules; the server wires these to their exported functions. */
export interface AnalyticsPorts {
  listAccounts(db: import('@resonance/db').Database, workspaceId: string): Promise<AnalyticsAccount[]>;
  workspaceTimeZone(db: import('@resonance/db').Database, workspaceId: string): Promise<string>;
}

export interface Compare {
  current: number;
  previous: number;
}

export interface DailyPoint {
  date: string;
  impressions: number;
  engagements: number;
  follows: number;
  unfollows: number;
  postsPublished: number;
}

export interface Overview {
  timeZone: string;
  range: { days: number; from: string; to: string; previousFrom: string; previousTo: string };
  totals: {
    followers: Compare;
    netFollows: Compare;
    postsPublished: Compare;
    impressions: Compare;
    engagements: Compare;
    engagementRate: Compare;
  };
  followersByAccount: { accountId: string; accountName: string; platform: string; simulates: string | null; followers: number; netFollows: number }[];
  topPosts: {
    publicationId: string;
    accountId: string;
    accountName: string;
    title: string | null;
    excerpt: string | null;
    permalink: string | null;
    publishedAt: string;
    impressions: number;
    engagements: number;
    engagementRate: number;
  }[];
  daily: DailyPoint[];
}

export interface OverviewOptions {
  /** Length of the period in days (7–90, default 28); the period ends today (inclusive) in the workspace time zone. */
  days?: number;
  accountId?: string;
  /** Defaults to the clock's now. */
  now?: Date;
}
