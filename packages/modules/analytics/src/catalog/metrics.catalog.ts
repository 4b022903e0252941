import type { MetricDefinition } from './metric.types.js';

const ENGAGEMENT_EVENTS = ['like', 'comment', 'share', 'save'] as const;
const SOCIAL = ['platform', 'account', 'post'] as const;

/** Default weights of the interaction value (IV); a workspace may set its own. */
export const DEFAULT_IV_WEIGHTS: Readonly<Record<string, number>> = {
  impression: 0.01,
  video_view: 0.05,
  profile_visit: 0.5,
  like: 1,
  save: 3,
  comment: 4,
  share: 5,
  link_click: 2,
  follow: 6,
  add_to_cart: 8,
  order: 20,
};

const m = (d: MetricDefinition) => d;

/**
 * The metric catalog: every number the product shows is one of these, defined once. `docs/metrics.md`
 * is generated from this list (`npm run docs`); the UI links every number to its entry.
 */
export const METRICS: readonly MetricDefinition[] = [
  // ---- audience
  m({
    id: 'followers', group: 'audience', unit: 'count', sources: ['follow', 'unfollow'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '粉丝数', en: 'Followers' },
    description: { 'zh-CN': '截至每个时间段末的关注人数。', en: 'People following at the end of each period.' },
    formulaText: 'follow − unfollow events up to the end of the bucket', formula: { type: 'followers' },
  }),
  m({
    id: 'net_follows', group: 'audience', unit: 'count', sources: ['follow', 'unfollow'], breakdowns: ['platform', 'account', 'post'],
    name: { 'zh-CN': '净增粉丝', en: 'Net follows' },
    description: { 'zh-CN': '时间段内新增关注减去取消关注。', en: 'New follows minus unfollows in the period.' },
    formulaText: 'count(follow) − count(unfollow)', formula: { type: 'net', plus: ['follow'], minus: ['unfollow'] },
  }),
  m({
    id: 'follows', group: 'audience', unit: 'count', sources: ['follow'], breakdowns: ['platform', 'account', 'post'],
    name: { 'zh-CN': '新增关注', en: 'New follows' },
    description: { 'zh-CN': '时间段内的关注事件数。', en: 'Follow events in the period.' },
    formulaText: 'count(follow)', formula: { type: 'count', events: ['follow'] },
  }),
  m({
    id: 'unfollows', group: 'audience', unit: 'count', sources: ['unfollow'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '取消关注', en: 'Unfollows' },
    description: { 'zh-CN': '时间段内的取消关注事件数。', en: 'Unfollow events in the period.' },
    formulaText: 'count(unfollow)', formula: { type: 'count', events: ['unfollow'] },
  }),
  m({
    id: 'active_fans', group: 'audience', unit: 'count', sources: ['*'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '活跃粉丝', en: 'Active fans' },
    description: { 'zh-CN': '时间段内有任意行为的不同粉丝数（合并后的档案计一次）。', en: 'Distinct fans (after merges) who did anything in the period.' },
    formulaText: 'count(distinct fan) over any event', formula: { type: 'fans', events: [] },
  }),
  m({
    id: 'dau', group: 'audience', unit: 'count', sources: ['*'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '日活跃粉丝 (DAU)', en: 'Daily active fans (DAU)' },
    description: { 'zh-CN': '每天有行为的不同粉丝数；多天时取日均值。', en: 'Distinct fans active per day; over several days, the daily average.' },
    formulaText: 'avg over days of count(distinct fan)', formula: { type: 'fans', events: [], per: 'day' },
  }),
  m({
    id: 'wau', group: 'audience', unit: 'count', sources: ['*'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '周活跃粉丝 (WAU)', en: 'Weekly active fans (WAU)' },
    description: { 'zh-CN': '每周（周一起）有行为的不同粉丝数；多周时取周均值。', en: 'Distinct fans active per week (Monday start); over several weeks, the weekly average.' },
    formulaText: 'avg over weeks of count(distinct fan)', formula: { type: 'fans', events: [], per: 'week' },
  }),
  m({
    id: 'mau', group: 'audience', unit: 'count', sources: ['*'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '月活跃粉丝 (MAU)', en: 'Monthly active fans (MAU)' },
    description: { 'zh-CN': '每个自然月有行为的不同粉丝数；多月时取月均值。', en: 'Distinct fans active per calendar month; over several months, the monthly average.' },
    formulaText: 'avg over months of count(distinct fan)', formula: { type: 'fans', events: [], per: 'month' },
  }),
  // ---- content
  m({
    id: 'impressions', group: 'content', unit: 'count', sources: ['impression'], breakdowns: SOCIAL,
    name: { 'zh-CN': '曝光量', en: 'Impressions' },
    description: { 'zh-CN': '内容被展示的次数（同一人多次计多次）。', en: 'Times content was shown (the same person counts each time).' },
    formulaText: 'count(impression)', formula: { type: 'count', events: ['impression'] },
  }),
  m({
    id: 'reach', group: 'content', unit: 'count', sources: ['impression'], breakdowns: SOCIAL,
    name: { 'zh-CN': '触达人数', en: 'Reach' },
    description: { 'zh-CN': '看到内容的不同粉丝数。', en: 'Distinct fans who saw content.' },
    formulaText: 'count(distinct fan) over impression', formula: { type: 'fans', events: ['impression'] },
  }),
  m({
    id: 'posts_published', group: 'content', unit: 'count', sources: ['post_published'], breakdowns: ['platform', 'account', 'pillar', 'funnel_stage'],
    name: { 'zh-CN': '发布数', en: 'Posts published' },
    description: { 'zh-CN': '时间段内发布的内容数。', en: 'Posts published in the period.' },
    formulaText: 'count(post_published)', formula: { type: 'count', events: ['post_published'] },
  }),
  m({
    id: 'video_views', group: 'content', unit: 'count', sources: ['video_view'], breakdowns: SOCIAL,
    name: { 'zh-CN': '视频播放', en: 'Video views' },
    description: { 'zh-CN': '视频开始播放的次数。', en: 'Times a video started playing.' },
    formulaText: 'count(video_view)', formula: { type: 'count', events: ['video_view'] },
  }),
  m({
    id: 'video_completion_rate', group: 'content', unit: 'percent', sources: ['video_view', 'video_complete'], breakdowns: SOCIAL,
    name: { 'zh-CN': '视频完播率', en: 'Video completion rate' },
    description: { 'zh-CN': '播放到结尾的比例。', en: 'Share of video plays watched to the end.' },
    formulaText: 'count(video_complete) ÷ count(video_view)', formula: { type: 'ratio', numerator: 'video_completes', denominator: 'video_views', percent: true },
  }),
  m({
    id: 'video_completes', group: 'content', unit: 'count', sources: ['video_complete'], breakdowns: SOCIAL,
    name: { 'zh-CN': '视频完播', en: 'Video completions' },
    description: { 'zh-CN': '播放到结尾的次数。', en: 'Video plays watched to the end.' },
    formulaText: 'count(video_complete)', formula: { type: 'count', events: ['video_complete'] },
  }),
  m({
    id: 'profile_visits', group: 'content', unit: 'count', sources: ['profile_visit'], breakdowns: SOCIAL,
    name: { 'zh-CN': '主页访问', en: 'Profile visits' },
    description: { 'zh-CN': '访问账号主页的次数。', en: 'Visits to the account profile.' },
    formulaText: 'count(profile_visit)', formula: { type: 'count', events: ['profile_visit'] },
  }),
  m({
    id: 'link_clicks', group: 'content', unit: 'count', sources: ['link_click'], breakdowns: SOCIAL,
    name: { 'zh-CN': '链接点击', en: 'Link clicks' },
    description: { 'zh-CN': '点击内容中链接的次数。', en: 'Clicks on links in content.' },
    formulaText: 'count(link_click)', formula: { type: 'count', events: ['link_click'] },
  }),
  m({
    id: 'ctr', group: 'content', unit: 'percent', sources: ['link_click', 'impression'], breakdowns: SOCIAL,
    name: { 'zh-CN': '点击率 (CTR)', en: 'Click-through rate (CTR)' },
    description: { 'zh-CN': '链接点击占曝光的比例。', en: 'Link clicks per impression.' },
    formulaText: 'count(link_click) ÷ count(impression)', formula: { type: 'ratio', numerator: 'link_clicks', denominator: 'impressions', percent: true },
  }),
  m({
    id: 'mentions', group: 'content', unit: 'count', sources: ['mention'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '提及量', en: 'Mentions' },
    description: { 'zh-CN': '公开内容中提及品牌的次数（舆情监测写入 mention 事件，subject = brand）。', en: 'Public posts mentioning the brand (listening writes `mention` events with subject = brand).' },
    formulaText: 'count(mention where subject = brand)', formula: { type: 'count', events: ['mention'], where: { property: 'subject', equals: 'brand' } },
  }),
  m({
    id: 'all_mentions', group: 'content', unit: 'count', sources: ['mention'], breakdowns: ['platform'],
    name: { 'zh-CN': '品类提及总量', en: 'All tracked mentions' },
    description: { 'zh-CN': '品牌与竞品的提及总数。', en: 'Mentions of the brand and of tracked competitors.' },
    formulaText: 'count(mention)', formula: { type: 'count', events: ['mention'] },
  }),
  m({
    id: 'share_of_voice', group: 'content', unit: 'percent', sources: ['mention'], breakdowns: ['platform'],
    name: { 'zh-CN': '声量份额 (SOV)', en: 'Share of voice' },
    description: { 'zh-CN': '品牌提及占品牌与竞品提及总数的比例。', en: 'Brand mentions as a share of brand plus competitor mentions.' },
    formulaText: 'mentions ÷ all_mentions', formula: { type: 'ratio', numerator: 'mentions', denominator: 'all_mentions', percent: true },
  }),
  m({
    id: 'ugc_count', group: 'content', unit: 'count', sources: ['ugc_post'], breakdowns: ['platform'],
    name: { 'zh-CN': 'UGC 数', en: 'UGC count' },
    description: { 'zh-CN': '用户自发创作的相关内容数（ugc_post 事件）。', en: 'Posts created by users about the brand (`ugc_post` events).' },
    formulaText: 'count(ugc_post)', formula: { type: 'count', events: ['ugc_post'] },
  }),
  m({
    id: 'ugc_rate', group: 'content', unit: 'percent', sources: ['ugc_post', 'post_published'], breakdowns: ['platform'],
    name: { 'zh-CN': 'UGC 占比', en: 'UGC rate' },
    description: { 'zh-CN': 'UGC 数相对品牌发布数的比例。', en: 'User posts relative to the brand’s own posts.' },
    formulaText: 'count(ugc_post) ÷ count(post_published)', formula: { type: 'ratio', numerator: 'ugc_count', denominator: 'posts_published', percent: true },
  }),
  // ---- engagement
  ...(
    [
      ['likes', 'like', '点赞', 'Likes'],
      ['comments', 'comment', '评论', 'Comments'],
      ['shares', 'share', '分享', 'Shares'],
      ['saves', 'save', '收藏', 'Saves'],
    ] as const
  ).map(([id, ev, zh, en]) =>
    m({
      id, group: 'engagement', unit: 'count', sources: [ev], breakdowns: SOCIAL,
      name: { 'zh-CN': zh, en },
      description: { 'zh-CN': `时间段内的${zh}数。`, en: `${en} in the period.` },
      formulaText: `count(${ev})`, formula: { type: 'count', events: [ev] },
    }),
  ),
  m({
    id: 'engagements', group: 'engagement', unit: 'count', sources: ENGAGEMENT_EVENTS, breakdowns: SOCIAL,
    name: { 'zh-CN': '互动量', en: 'Engagements' },
    description: { 'zh-CN': '点赞、评论、分享、收藏之和。', en: 'Likes, comments, shares and saves together.' },
    formulaText: 'count(like + comment + share + save)', formula: { type: 'count', events: ENGAGEMENT_EVENTS },
  }),
  m({
    id: 'engagement_rate_by_impressions', group: 'engagement', unit: 'percent', sources: [...ENGAGEMENT_EVENTS, 'impression'], breakdowns: SOCIAL,
    name: { 'zh-CN': '互动率（按曝光）', en: 'Engagement rate (by impressions)' },
    description: { 'zh-CN': '互动量 ÷ 曝光量（总览页使用此口径）。', en: 'Engagements per impression (the Overview uses this one).' },
    formulaText: 'engagements ÷ impressions', formula: { type: 'ratio', numerator: 'engagements', denominator: 'impressions', percent: true },
  }),
  m({
    id: 'engagement_rate_by_reach', group: 'engagement', unit: 'percent', sources: [...ENGAGEMENT_EVENTS, 'impression'], breakdowns: SOCIAL,
    name: { 'zh-CN': '互动率（按触达）', en: 'Engagement rate (by reach)' },
    description: { 'zh-CN': '互动量 ÷ 触达人数。', en: 'Engagements per person reached.' },
    formulaText: 'engagements ÷ reach', formula: { type: 'ratio', numerator: 'engagements', denominator: 'reach', percent: true },
  }),
  m({
    id: 'engagement_rate_by_followers', group: 'engagement', unit: 'percent', sources: [...ENGAGEMENT_EVENTS, 'follow', 'unfollow'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '互动率（按粉丝）', en: 'Engagement rate (by followers)' },
    description: { 'zh-CN': '互动量 ÷ 期末粉丝数。', en: 'Engagements per follower at the end of the period.' },
    formulaText: 'engagements ÷ followers', formula: { type: 'ratio', numerator: 'engagements', denominator: 'followers', percent: true },
  }),
  m({
    id: 'interaction_value', group: 'engagement', unit: 'score', sources: Object.keys(DEFAULT_IV_WEIGHTS), breakdowns: SOCIAL,
    name: { 'zh-CN': '互动价值 (IV)', en: 'Interaction value (IV)' },
    description: { 'zh-CN': '按权重加总的互动（权重可在工作区配置）。', en: 'Interactions weighted by their value (weights are configurable per workspace).' },
    formulaText: `Σ weight(event) × count(event); default weights ${Object.entries(DEFAULT_IV_WEIGHTS).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    formula: { type: 'weighted', weights: 'interaction_value' },
  }),
  // ---- conversion and commerce
  m({
    id: 'add_to_carts', group: 'conversion', unit: 'count', sources: ['add_to_cart'], breakdowns: SOCIAL,
    name: { 'zh-CN': '加购', en: 'Add to carts' },
    description: { 'zh-CN': '加入购物车的次数。', en: 'Items added to a cart.' },
    formulaText: 'count(add_to_cart)', formula: { type: 'count', events: ['add_to_cart'] },
  }),
  m({
    id: 'conversion_rate', group: 'conversion', unit: 'percent', sources: ['order', 'link_click'], breakdowns: SOCIAL,
    name: { 'zh-CN': '转化率（点击到下单）', en: 'Conversion rate (click to order)' },
    description: { 'zh-CN': '订单数 ÷ 链接点击数；漏斗分析给出每一步的转化率。', en: 'Orders per link click; funnels give the conversion of every step.' },
    formulaText: 'count(order) ÷ count(link_click)', formula: { type: 'ratio', numerator: 'orders', denominator: 'link_clicks', percent: true },
  }),
  m({
    id: 'orders', group: 'commerce', unit: 'count', sources: ['order'], breakdowns: SOCIAL,
    name: { 'zh-CN': '订单数', en: 'Orders' },
    description: { 'zh-CN': '下单事件数。', en: 'Order events.' },
    formulaText: 'count(order)', formula: { type: 'count', events: ['order'] },
  }),
  m({
    id: 'gmv', group: 'commerce', unit: 'currency', sources: ['order'], breakdowns: SOCIAL,
    name: { 'zh-CN': '成交额 (GMV)', en: 'GMV' },
    description: { 'zh-CN': '订单金额（amount 属性）之和。', en: 'Sum of order amounts (`amount` property).' },
    formulaText: 'Σ order.amount', formula: { type: 'sum', events: ['order'], property: 'amount' },
  }),
  m({
    id: 'aov', group: 'commerce', unit: 'currency', sources: ['order'], breakdowns: SOCIAL,
    name: { 'zh-CN': '客单价 (AOV)', en: 'Average order value (AOV)' },
    description: { 'zh-CN': '成交额 ÷ 订单数。', en: 'GMV per order.' },
    formulaText: 'gmv ÷ orders', formula: { type: 'ratio', numerator: 'gmv', denominator: 'orders' },
  }),
  m({
    id: 'repurchase_rate', group: 'loyalty', unit: 'percent', sources: ['order'], breakdowns: ['platform', 'account'],
    name: { 'zh-CN': '复购率', en: 'Repurchase rate' },
    description: { 'zh-CN': '时间段内下单 2 次及以上的粉丝占下单粉丝的比例。', en: 'Of the fans who ordered in the period, the share who ordered twice or more.' },
    formulaText: 'fans with ≥ 2 orders ÷ fans with ≥ 1 order', formula: { type: 'repeat_rate', events: ['order'] },
  }),
  m({
    id: 'repurchase_cycle', group: 'loyalty', unit: 'days', sources: ['order'], breakdowns: ['platform'],
    name: { 'zh-CN': '复购周期', en: 'Repurchase cycle' },
    description: { 'zh-CN': '同一粉丝相邻两次下单间隔天数的中位数。', en: 'Median days between a fan’s consecutive orders.' },
    formulaText: 'median(days between consecutive orders of a fan)', formula: { type: 'median_gap_days', events: ['order'] },
  }),
  ...([1, 7, 30] as const).map((day) =>
    m({
      id: `retention_d${day}`, group: 'loyalty', unit: 'percent', sources: ['*'], breakdowns: ['platform'],
      name: { 'zh-CN': `第 ${day} 日留存`, en: `Day-${day} retention` },
      description: {
        'zh-CN': `在时间段内首次出现的粉丝中，第 ${day} 天（工作区时区的自然日）再次有行为的比例。`,
        en: `Of the fans first seen in the period, the share active again on day ${day} (workspace-zone days).`,
      },
      formulaText: `fans active on first day + ${day} ÷ fans first seen in the period`,
      formula: { type: 'retention_day', day, start: [], return: [] },
    }),
  ),
  m({
    id: 'ltv', group: 'loyalty', unit: 'currency', sources: ['order'], breakdowns: ['platform'],
    name: { 'zh-CN': '用户终身价值 (LTV，历史)', en: 'Lifetime value (LTV, historical)' },
    description: { 'zh-CN': '截至期末，每位下过单的粉丝累计订单金额的平均值。', en: 'Average total order amount per paying fan, up to the end of the period.' },
    formulaText: 'avg over paying fans of Σ order.amount (all time up to the end)', formula: { type: 'per_fan_sum', events: ['order'], property: 'amount', since: 'all_time' },
  }),
  m({
    id: 'nps', group: 'loyalty', unit: 'score', sources: ['survey_response'], breakdowns: ['platform'],
    name: { 'zh-CN': '净推荐值 (NPS)', en: 'Net Promoter Score (NPS)' },
    description: { 'zh-CN': '问卷 0–10 分：推荐者（9–10）占比减去贬损者（0–6）占比。', en: 'From 0–10 survey scores: % promoters (9–10) minus % detractors (0–6).' },
    formulaText: '% score ≥ 9 − % score ≤ 6 over survey_response.score', formula: { type: 'nps', events: ['survey_response'], property: 'score' },
  }),
  // ---- cost (spend as `spend` events until budgets exist)
  m({
    id: 'spend', group: 'cost', unit: 'currency', sources: ['spend'], breakdowns: ['platform', 'account', 'campaign'],
    name: { 'zh-CN': '投入费用', en: 'Spend' },
    description: { 'zh-CN': '以 spend 事件录入的费用（amount）之和。', en: 'Sum of costs entered as `spend` events (`amount`).' },
    formulaText: 'Σ spend.amount', formula: { type: 'sum', events: ['spend'], property: 'amount' },
  }),
  m({
    id: 'cost_per_engagement', group: 'cost', unit: 'currency', sources: ['spend', ...ENGAGEMENT_EVENTS], breakdowns: ['platform', 'account', 'campaign'],
    name: { 'zh-CN': '单次互动成本 (CPE)', en: 'Cost per engagement (CPE)' },
    description: { 'zh-CN': '费用 ÷ 互动量。', en: 'Spend per engagement.' },
    formulaText: 'spend ÷ engagements', formula: { type: 'ratio', numerator: 'spend', denominator: 'engagements' },
  }),
  m({
    id: 'cost_per_acquisition', group: 'cost', unit: 'currency', sources: ['spend', 'follow'], breakdowns: ['platform', 'account', 'campaign'],
    name: { 'zh-CN': '获客成本 (CPA)', en: 'Cost per acquisition (CPA)' },
    description: { 'zh-CN': '费用 ÷ 新增关注。', en: 'Spend per new follower.' },
    formulaText: 'spend ÷ follows', formula: { type: 'ratio', numerator: 'spend', denominator: 'follows' },
  }),
  m({
    id: 'roi', group: 'cost', unit: 'ratio', sources: ['order', 'spend'], breakdowns: ['platform', 'account', 'campaign'],
    name: { 'zh-CN': '投资回报率 (ROI)', en: 'Return on investment (ROI)' },
    description: { 'zh-CN': '（成交额 − 费用）÷ 费用。', en: '(GMV − spend) ÷ spend.' },
    formulaText: '(gmv − spend) ÷ spend', formula: { type: 'roi', revenue: 'gmv', cost: 'spend' },
  }),
];
