/**
 * Default posting windows per platform, used until the analytics posting-time heatmap has enough history
 * for an account. Local hours in the workspace time zone. These are the peaks commonly cited by the
 * platforms' creator guides and Chinese social-media industry reports (see the module README for the
 * reasoning per platform); they are a starting point, replaced by the account's own data when it exists.
 */
export interface DefaultWindow {
  /** 'weekdays' = Mon–Fri, 'weekend' = Sat–Sun, 'all' = every day. */
  days: 'weekdays' | 'weekend' | 'all';
  /** Start hours of the best one-hour windows, best first. */
  hours: number[];
}

export interface PlatformDefault {
  /** Short explanation shown next to the suggestion (English; the UI names the rule). */
  reason: string;
  windows: DefaultWindow[];
}

export const PLATFORM_BEST_TIMES: Readonly<Record<string, PlatformDefault>> = {
  weibo: { reason: 'Weibo: lunch break 12–13 and the evening peak 20–23', windows: [{ days: 'all', hours: [20, 12, 21, 22] }] },
  douyin: { reason: 'Douyin: evening 18–22, lunch 12–13 second', windows: [{ days: 'all', hours: [19, 20, 21, 18, 12] }] },
  kuaishou: { reason: 'Kuaishou: lunch 11–13 and evening 18–22', windows: [{ days: 'all', hours: [19, 20, 12, 11, 21] }] },
  wechat_oa: { reason: 'WeChat OA: evening reading 20–22, morning commute 7–9, lunch 12', windows: [{ days: 'all', hours: [20, 21, 7, 12] }] },
  wecom: { reason: 'WeCom: working hours, mid-morning and mid-afternoon on weekdays', windows: [{ days: 'weekdays', hours: [10, 15, 9] }] },
  xiaohongshu: { reason: 'Xiaohongshu: lunch 12–14 and evening 19–23, weekend afternoons', windows: [{ days: 'all', hours: [20, 12, 21, 19] }, { days: 'weekend', hours: [15] }] },
  bilibili: { reason: 'Bilibili: evening 18–23 on weekdays, afternoons on weekends', windows: [{ days: 'weekdays', hours: [19, 20, 21] }, { days: 'weekend', hours: [14, 15, 20] }] },
  zhihu: { reason: 'Zhihu: commute 8–9, lunch 12–13, night 21–23', windows: [{ days: 'all', hours: [21, 22, 12, 8] }] },
  miniprogram: { reason: 'Mini program: lunch 12 and evening 20–21', windows: [{ days: 'all', hours: [20, 12, 21] }] },
  x: { reason: 'X: weekday mornings 9–11', windows: [{ days: 'weekdays', hours: [9, 10, 11] }] },
  bluesky: { reason: 'Bluesky: weekday mornings 9–11 and evening 20', windows: [{ days: 'weekdays', hours: [9, 10, 20] }] },
  mastodon: { reason: 'Mastodon: weekday mornings 9–11', windows: [{ days: 'weekdays', hours: [9, 10, 11] }] },
  instagram: { reason: 'Instagram: late morning 11–13 and evening 19–21', windows: [{ days: 'all', hours: [11, 12, 19, 20] }] },
  tiktok: { reason: 'TikTok: evening 19–22', windows: [{ days: 'all', hours: [19, 20, 21] }] },
  youtube: { reason: 'YouTube: afternoon 15–17 so the video is indexed before the evening peak', windows: [{ days: 'all', hours: [15, 16, 17] }] },
  facebook: { reason: 'Facebook: weekday mornings 9–12', windows: [{ days: 'weekdays', hours: [9, 10, 11] }] },
  linkedin: { reason: 'LinkedIn: Tue–Thu mornings 8–10 and lunch 12', windows: [{ days: 'weekdays', hours: [8, 9, 12] }] },
};

/** For platforms without a listed default (web, sandbox, …): the lunch and evening peaks common to Chinese social media. */
export const GENERIC_BEST_TIMES: PlatformDefault = {
  reason: 'No default for this platform: lunch 12 and evening 20–21, the peaks common to Chinese social platforms',
  windows: [{ days: 'all', hours: [20, 12, 21] }],
};
