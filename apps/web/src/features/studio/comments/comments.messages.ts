/** The comment thread in the studio editor. zh-CN is the reference; en has the same keys (type-checked). */
export const commentsZh = {
  title: '评论',
  placeholder: '写评论，输入 @ 提及成员（被提及的人会收到通知）',
  send: '发送',
  empty: '还没有评论',
  edited: '已编辑',
  edit: '编辑',
  cancel: '取消',
  deleteConfirm: '删除这条评论？',
  sent: '评论已发送',
  mentioned: '已通知：{{names}}',
  about: '针对变体',
};

export type CommentsMessages = typeof commentsZh;

export const commentsEn: CommentsMessages = {
  title: 'Comments',
  placeholder: 'Write a comment; type @ to mention a member (they are notified)',
  send: 'Send',
  empty: 'No comments yet',
  edited: 'edited',
  edit: 'Edit',
  cancel: 'Cancel',
  deleteConfirm: 'Delete this comment?',
  sent: 'Comment sent',
  mentioned: 'Notified: {{names}}',
  about: 'About variant',
};
