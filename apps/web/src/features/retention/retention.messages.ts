/** Retention page. zh-CN is the reference; en has the same keys (type-checked). */
export const retentionZh = {
  range: '同期群日期',
  rangeHelp: '起始事件发生在这些日期（工作区时区）的粉丝组成同期群。',
  interval: '周期',
  intervals: { day: '按天', week: '按周', month: '按月' },
  periodN: { day: '第 {{n}} 天', week: '第 {{n}} 周', month: '第 {{n}} 月' },
  cohortOf: { day: '同期群（日）', week: '同期群（周一起）', month: '同期群（月）' },
  periods: '观察周期数',
  startEvent: '起始事件',
  modes: { first_time: '首次', recurring: '每次' },
  modeHelp: {
    first_time: '粉丝按其历史上第一次起始事件所在周期归入同期群（第一次须在日期范围内）。',
    recurring: '粉丝在每个做过起始事件的周期都归入该周期的同期群。',
  },
  returnEvent: '回访事件',
  anyEvent: '任意事件都算回访',
  incomplete: '请选择起始事件（和回访事件），并补全筛选条件。',
  start: '选好事件后点「计算」。',
  empty: '这些日期内没有粉丝做过起始事件（匿名事件不计入）。',
  curveTitle: '留存曲线',
  tableTitle: '同期群留存表',
  size: '人数',
  rate: '留存率',
  cellTip: '{{n}} / {{size}} 人回访',
  footnote:
    '第 N 期 = 同期群所在周期之后的第 N 个自然日/周/月（工作区时区，周从周一开始）；尚未开始的周期留空。曲线按同期群人数加权，只计入已到达该期的同期群。',
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const retentionEn: Messages<typeof retentionZh> = {
  range: 'Cohort dates',
  rangeHelp: 'Fans whose start event falls on these dates (workspace time zone) form the cohorts.',
  interval: 'Period',
  intervals: { day: 'Day', week: 'Week', month: 'Month' },
  periodN: { day: 'Day {{n}}', week: 'Week {{n}}', month: 'Month {{n}}' },
  cohortOf: { day: 'Cohort (day)', week: 'Cohort (week from Monday)', month: 'Cohort (month)' },
  periods: 'Periods to show',
  startEvent: 'Start event',
  modes: { first_time: 'First time', recurring: 'Every time' },
  modeHelp: {
    first_time: "A fan's cohort is the period of their first-ever start event (which must be in the date range).",
    recurring: 'A fan joins the cohort of every period in which they did the start event.',
  },
  returnEvent: 'Return event',
  anyEvent: 'Any event counts as coming back',
  incomplete: 'Pick a start event (and a return event) and complete the conditions.',
  start: 'Pick the events, then Calculate.',
  empty: 'No fan did the start event on these dates (anonymous events do not count).',
  curveTitle: 'Retention curve',
  tableTitle: 'Cohorts',
  size: 'Fans',
  rate: 'Retention',
  cellTip: '{{n}} of {{size}} came back',
  footnote:
    "Period N = the Nth calendar day/week/month after the cohort's own (workspace time zone, weeks start on Monday); periods not started yet are blank. The curve weights cohorts by size and counts only cohorts that reached the period.",
};
