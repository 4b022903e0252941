/** Paths page. zh-CN is the reference; en has the same keys (type-checked). */
export const pathsZh = {
  rangeHelp: '锚点事件和路径上的事件都须在这些日期内（工作区时区）。',
  anchor: '锚点事件',
  anchorHelp: '条件只作用于锚点事件。',
  direction: '方向',
  directions: { after: '之后', before: '之前' },
  steps: '步数',
  limit: '显示条数',
  exclude: '忽略的事件',
  excludeHelp: '这些事件不出现在路径里（例如曝光）。',
  incomplete: '请选择锚点事件，并补全筛选条件。',
  start: '选好锚点事件后点「计算」。',
  empty: '这些日期内没有粉丝做过锚点事件（匿名事件不计入）。',
  chartTitle: '最常见的路径（按粉丝数）',
  tableTitle: '路径',
  totals: '锚点事件 {{occurrences}} 次，{{fans}} 位粉丝，{{sequences}} 种路径',
  path: '路径',
  fans: '粉丝数',
  occurrences: '次数',
  nothing: { after: '（之后再无事件）', before: '（之前没有事件）' },
  footnote:
    '每次锚点事件取粉丝紧随其后（或之前）的 N 个事件，连续重复的同名事件合并为一个（赞、赞、评论 → 赞、评论），与锚点同名的紧邻事件也并入锚点。按粉丝数排序，其次按次数。',
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const pathsEn: Messages<typeof pathsZh> = {
  rangeHelp: 'The anchor events and the events on their paths both fall on these dates (workspace time zone).',
  anchor: 'Anchor event',
  anchorHelp: 'Conditions apply to the anchor event only.',
  direction: 'Direction',
  directions: { after: 'After', before: 'Before' },
  steps: 'Steps',
  limit: 'Paths to show',
  exclude: 'Ignored events',
  excludeHelp: 'These events never appear on a path (e.g. impressions).',
  incomplete: 'Pick an anchor event and complete the conditions.',
  start: 'Pick an anchor event, then Calculate.',
  empty: 'No fan did the anchor event on these dates (anonymous events do not count).',
  chartTitle: 'Most common paths (by fans)',
  tableTitle: 'Paths',
  totals: '{{occurrences}} anchor events, {{fans}} fans, {{sequences}} distinct paths',
  path: 'Path',
  fans: 'Fans',
  occurrences: 'Times',
  nothing: { after: '(nothing after)', before: '(nothing before)' },
  footnote:
    "Each anchor event takes the fan's next (or previous) N events, consecutive repeats merged into one (like, like, comment → like, comment), including repeats of the anchor itself. Sorted by fans, then times.",
};
