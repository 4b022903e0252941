/** Comment texts from template phrase lists, in Chinese or English, with a sentiment label. */
import type { Rng } from './prng.js';
import { TOPICS } from './topics.js';

export type Sentiment = 'positive' | 'neutral' | 'negative';

const PHRASES: Record<'zh' | 'en', Record<Sentiment, readonly string[]>> = {
  zh: {
    positive: ['太好看了吧！', '已种草，求链接', '爱了爱了', '买过，真的好用', '支持支持～', '博主推荐的都靠谱', '收藏了，下次试试', '这个质感绝了', '冲冲冲', '第一次刷到就关注了', '效果真的可以', '回购第三次了'],
    neutral: ['多少钱？', '有链接吗', '适合干皮吗？', '什么时候上新', '求同款', '坐标上海，有门店吗', '和上一代有什么区别', '能用优惠券吗', '蹲一个测评', '学生党可以入吗'],
    negative: ['有点贵了', '质量一般般', '广告太多了', '用了过敏，不推荐', '物流太慢了', '客服不回消息', '和图片差别好大', '又涨价了'],
  },
  en: {
    positive: ['Love this!', 'Need this in my life', 'Bought it, totally worth it', 'So good 😍', 'Great tips, thanks!', 'Saving this for later', 'Obsessed with this', 'Best post this week'],
    neutral: ['How much is it?', 'Is there a link?', 'Does it ship abroad?', 'Any discount code?', 'What size do you wear?', 'Is it good for sensitive skin?', 'When is the restock?'],
    negative: ['Too expensive for me', 'Mine broke after a week', 'Too many ads lately', 'Not worth the hype', 'Shipping took forever', 'Looks different in real life'],
  },
};

const TOPIC_SUFFIX_ZH = ['这篇{t}干货满满', '最近就在找{t}相关的', '{t}爱好者狂喜'];
const EMOJI = ['', '', '', ' 👍', ' 😂', ' ❤️', ' 🙏', '～'];

export interface CommentText {
  text: string;
  sentiment: Sentiment;
  lang: 'zh' | 'en';
}

/** `positiveShare`/`negativeShare` are the probabilities of each sentiment; the rest is neutral. */
export function generateComment(rng: Rng, lang: 'zh' | 'en', positiveShare: number, negativeShare: number, topicIndex: number): CommentText {
  const u = rng.next();
  const sentiment: Sentiment = u < positiveShare ? 'positive' : u < positiveShare + negativeShare ? 'negative' : 'neutral';
  let text = rng.pick(PHRASES[lang][sentiment]);
  if (lang === 'zh' && sentiment === 'positive' && topicIndex >= 0 && rng.next() < 0.25) {
    text = `${rng.pick(TOPIC_SUFFIX_ZH).replace('{t}', TOPICS[topicIndex]!.zh)}，${text}`;
  }
  return { text: text + rng.pick(EMOJI), sentiment, lang };
}

export function generateDirectMessage(rng: Rng, lang: 'zh' | 'en'): string {
  return rng.pick(PHRASES[lang].neutral);
}
