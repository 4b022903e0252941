import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, wsPath } from '../../lib/api';
import type { KpiKey } from '../../lib/format';

export interface Pair {
  current: number;
  previous: number;
}

export interface Overview {
  timeZone: string;
  range: { days: number; from: string; to: string; previousFrom: string; previousTo: string };
  totals: Record<KpiKey, Pair>;
  followersByAccount: { accountId: string; accountName: string; platform: string; simulates?: string | null; followers: number; netFollows: number }[];
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
  daily: { date: string; impressions: number; engagements: number; follows: number; unfollows: number; postsPublished: number }[];
}

export function useOverview(workspaceId: string, days: number) {
  return useQuery({
    queryKey: ['overview', workspaceId, days],
    queryFn: () => api.get<Overview>(wsPath(workspaceId, '/overview'), { days }),
    placeholderData: keepPreviousData,
  });
}
