/** The fixed interest topics of the simulated audience (a fan's interests are a bitmask over this list). */
export const TOPICS = [
  { key: 'beauty', zh: '美妆', keywords: ['美妆', '彩妆', '口红', '粉底', '眼影', 'makeup', 'lipstick', 'beauty'] },
  { key: 'skincare', zh: '护肤', keywords: ['护肤', '精华', '面霜', '防晒', '面膜', 'skincare', 'serum', 'sunscreen'] },
  { key: 'fashion', zh: '穿搭', keywords: ['穿搭', '时尚', '搭配', '新款', 'outfit', 'fashion', 'style'] },
  { key: 'food', zh: '美食', keywords: ['美食', '好吃', '餐厅', '食谱', '探店', 'food', 'recipe', 'restaurant'] },
  { key: 'travel', zh: '旅行', keywords: ['旅行', '旅游', '酒店', '攻略', '打卡', 'travel', 'trip', 'hotel'] },
  { key: 'tech', zh: '科技', keywords: ['科技', '数码', '手机', '耳机', '测评', 'tech', 'gadget', 'phone'] },
  { key: 'fitness', zh: '健身', keywords: ['健身', '运动', '瑜伽', '跑步', '减脂', 'fitness', 'workout', 'gym'] },
  { key: 'parenting', zh: '母婴', keywords: ['母婴', '宝宝', '育儿', '孕期', '奶粉', 'baby', 'parenting', 'kids'] },
] as const;

export type TopicKey = (typeof TOPICS)[number]['key'];
export const TOPIC_KEYS: readonly TopicKey[] = TOPICS.map((t) => t.key);

export function topicBit(topic: string): number {
  const i = TOPIC_KEYS.indexOf(topic as TopicKey);
  return i < 0 ? 0 : 1 << i;
}

/** The topic whose keywords appear most in the text and hashtags, if any. */
export function detectTopic(text: string, hashtags: readonly string[] = []): TopicKey | undefined {
  const haystack = `${text} ${hashtags.join(' ')}`.toLowerCase();
  let best: TopicKey | undefined;
  let bestHits = 0;
  for (const t of TOPICS) {
    const hits = t.keywords.filter((k) => haystack.includes(k)).length;
    if (hits > bestHits) [best, bestHits] = [t.key, hits];
  }
  return best;
}
