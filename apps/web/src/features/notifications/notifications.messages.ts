/** The bell in the workspace header. zh-CN is the reference; en has the same keys (type-checked). */
export const notificationsZh = {
  bell: '通知',
  title: '通知',
  markAllRead: '全部已读',
  empty: '没有通知',
  unreadOnly: '只看未读',
  loadFailed: '通知加载失败',
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const notificationsEn: Messages<typeof notificationsZh> = {
  bell: 'Notifications',
  title: 'Notifications',
  markAllRead: 'Mark all read',
  empty: 'No notifications',
  unreadOnly: 'Unread only',
  loadFailed: 'Could not load notifications',
};
