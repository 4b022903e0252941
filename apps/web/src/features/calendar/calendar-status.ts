/** Entry colours by workflow status (the legend shows the same map). */
export const STATUS_COLORS: Record<string, string> = {
  draft: '#8c8c8c',
  in_review: '#faad14',
  approved: '#13c2c2',
  scheduled: '#1677ff',
  publishing: '#722ed1',
  published: '#52c41a',
  failed: '#f5222d',
  rejected: '#eb2f96',
  withdrawn: '#bfbfbf',
  removed: '#595959',
  needs_attention: '#fa541c',
};

export const CONTENT_STATUSES = Object.keys(STATUS_COLORS);

/** Statuses whose variants may still move (the server answers 409 for the rest). */
export const RESCHEDULABLE = new Set(['draft', 'in_review', 'approved', 'scheduled']);

export const statusColor = (status: string) => STATUS_COLORS[status] ?? '#8c8c8c';
