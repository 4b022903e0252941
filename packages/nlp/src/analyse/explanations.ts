import type { ComplianceCategory, PiiKind } from '../types.js';

interface Text {
  zh: string;
  en: string;
}

/** Why each category is flagged, with the rule it rests on. */
export const EXPLANATIONS: Record<ComplianceCategory, Text> = {
  politics: {
    zh: '涉及政治敏感内容，违反《网络信息内容生态治理规定》第六条，平台将限流或删除。',
    en: 'Politically sensitive content: prohibited by the Provisions on the Governance of the Online Information Content Ecosystem, art. 6.',
  },
  pornography: {
    zh: '涉及色情低俗内容，违反《网络信息内容生态治理规定》第六条。',
    en: 'Pornographic or vulgar content: prohibited by the Provisions on the Governance of the Online Information Content Ecosystem, art. 6.',
  },
  gambling: {
    zh: '涉及赌博内容，违反《网络信息内容生态治理规定》第六条及《刑法》第三百零三条。',
    en: 'Gambling content: prohibited by the Online Information Content Ecosystem Provisions, art. 6, and Criminal Law art. 303.',
  },
  drugs: {
    zh: '涉及毒品内容，违反《网络信息内容生态治理规定》第六条及《禁毒法》。',
    en: 'Drug-related content: prohibited by the Online Information Content Ecosystem Provisions, art. 6, and the Narcotics Control Law.',
  },
  violence: {
    zh: '涉及暴力、恐怖或血腥内容，违反《网络信息内容生态治理规定》第六条。',
    en: 'Violent, terrorist or gory content: prohibited by the Online Information Content Ecosystem Provisions, art. 6.',
  },
  spam: {
    zh: '疑似引流或垃圾营销（站外导流、刷单、加好友），违反平台社区规范及《互联网广告管理办法》。',
    en: 'Looks like spam or lead generation (off-platform redirection, fake orders): breaches platform community rules and the Internet Advertising Measures.',
  },
  superlative: {
    zh: '使用绝对化用语，违反《广告法》第九条第三项（不得使用“国家级”“最高级”“最佳”等用语），可处二十万元以上一百万元以下罚款。',
    en: 'Absolute/superlative claim: China Advertising Law art. 9(3) forbids terms such as "national-level", "highest-grade", "best" (fines of RMB 200,000–1,000,000).',
  },
  medical: {
    zh: '非医疗、药品、医疗器械广告不得涉及疾病治疗功能或使用医疗用语，违反《广告法》第十七条。',
    en: 'Medical or health claim outside a medical/drug/device ad: China Advertising Law art. 17.',
  },
  financial: {
    zh: '对投资收益作出保证性承诺或暗示保本、无风险，违反《广告法》第二十五条。',
    en: 'Guaranteed returns, "no risk" or capital-protection promises: China Advertising Law art. 25.',
  },
  competitor: {
    zh: '提及竞品品牌，可能构成贬低其他经营者商品，违反《广告法》第十三条及《反不正当竞争法》。',
    en: 'Mentions a competitor: disparaging other businesses is forbidden by Advertising Law art. 13 and the Anti-Unfair Competition Law.',
  },
  custom: {
    zh: '命中品牌自定义禁用词表。',
    en: 'Listed in the brand’s own blocked-term list.',
  },
  pii: {
    zh: '包含个人信息，公开发布需取得个人单独同意，违反《个人信息保护法》第二十五条及第二十九条（敏感个人信息）。',
    en: 'Contains personal information: publishing it needs separate consent (Personal Information Protection Law arts. 25 and 29).',
  },
  disclosure: {
    zh: '商业推广内容未标明“广告”，违反《广告法》第十四条（广告应当具有可识别性）及《互联网广告管理办法》第九条。',
    en: 'Sponsored content without an ad label: Advertising Law art. 14 (ads must be identifiable) and Internet Advertising Measures art. 9.',
  },
};

/** Default suggestion per category when the lexicon term has none. */
export const SUGGESTIONS: Record<ComplianceCategory, Text> = {
  politics: { zh: '删除该内容', en: 'Remove this content' },
  pornography: { zh: '删除该内容', en: 'Remove this content' },
  gambling: { zh: '删除该内容', en: 'Remove this content' },
  drugs: { zh: '删除该内容', en: 'Remove this content' },
  violence: { zh: '删除该内容', en: 'Remove this content' },
  spam: { zh: '删除站外联系方式或引流话术', en: 'Remove off-platform contact details and lead-generation wording' },
  superlative: { zh: '改为可证实的客观描述，如“广受好评”“热销”', en: 'Use a verifiable, factual description instead' },
  medical: { zh: '删除疗效描述，改为产品本身的客观特点', en: 'Remove treatment claims; describe the product factually' },
  financial: { zh: '删除收益承诺并加上风险提示', en: 'Remove the promise of returns and add a risk warning' },
  competitor: { zh: '删除竞品名称或改为不指名的客观比较', en: 'Remove the competitor’s name or compare without naming it' },
  custom: { zh: '按品牌规范替换该用语', en: 'Replace this term as the brand guidelines require' },
  pii: { zh: '删除或打码个人信息', en: 'Remove or mask the personal information' },
  disclosure: { zh: '在正文中加上“广告”或“#ad”标识', en: 'Add an “广告” or “#ad” label to the text' },
};

export const PII_LABELS: Record<PiiKind, Text> = {
  mobile: { zh: '手机号', en: 'mobile number' },
  id_card: { zh: '身份证号', en: 'ID card number' },
  bank_card: { zh: '银行卡号', en: 'bank card number' },
  email: { zh: '邮箱', en: 'email address' },
  wechat_id: { zh: '微信号', en: 'WeChat id' },
  address: { zh: '详细地址', en: 'street address' },
};
