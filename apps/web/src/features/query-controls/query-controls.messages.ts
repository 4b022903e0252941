/** The query controls shared by trends, dashboards, funnels, retention and paths (`queryControls.*`). zh-CN is the reference; en has the same keys (type-checked). */
export const queryControlsZh = {
  lastDays: '近 {{count}} 天',
  customRange: '自定义',
  addFilter: '添加条件',
  removeFilter: '删除条件',
  propertyKey: '属性名',
  value: '值',
  listValue: '多个值用逗号分隔',
  noBreakdown: '不拆分',
  fields: { event: '事件名', platform: '平台', account: '账号', post: '内容', property: '属性' },
  ops: {
    eq: '等于',
    neq: '不等于',
    in: '属于',
    contains: '包含',
    gt: '大于',
    gte: '大于等于',
    lt: '小于',
    lte: '小于等于',
    is_set: '有值',
    is_not_set: '无值',
  },
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const queryControlsEn: Messages<typeof queryControlsZh> = {
  lastDays: 'Last {{count}} days',
  customRange: 'Custom',
  addFilter: 'Add condition',
  removeFilter: 'Remove condition',
  propertyKey: 'Property',
  value: 'Value',
  listValue: 'Values, comma-separated',
  noBreakdown: 'No breakdown',
  fields: { event: 'Event name', platform: 'Platform', account: 'Account', post: 'Post', property: 'Property' },
  ops: {
    eq: 'equals',
    neq: 'does not equal',
    in: 'is one of',
    contains: 'contains',
    gt: 'greater than',
    gte: 'at least',
    lt: 'less than',
    lte: 'at most',
    is_set: 'is set',
    is_not_set: 'is not set',
  },
};
