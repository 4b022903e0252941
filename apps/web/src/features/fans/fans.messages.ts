/** Fans pages (list, profile, merges). zh-CN is the reference; en has the same keys (type-checked). */
export const fansZh = {
  masked: '你的角色看不到完整的个人信息（手机号、邮箱已脱敏）。',
  searchPlaceholder: '搜索昵称、手机号、邮箱或 ID',
  name: '昵称',
  phone: '手机号',
  identities: '身份',
  identityCount: '{{count}} 个身份',
  traits: '属性',
  firstSeen: '首次出现',
  lastSeen: '最近活跃',
  empty: '还没有粉丝数据',
  noMatch: '没有匹配的粉丝',
};

export const fansEn: { [K in keyof typeof fansZh]: string } = {
  masked: 'Your role does not see full personal data (phone numbers and emails are masked).',
  searchPlaceholder: 'Search name, phone, email or id',
  name: 'Name',
  phone: 'Phone',
  identities: 'Identities',
  identityCount: 'identities: {{count}}',
  traits: 'Traits',
  firstSeen: 'First seen',
  lastSeen: 'Last active',
  empty: 'No fans yet',
  noMatch: 'No fans match',
};
