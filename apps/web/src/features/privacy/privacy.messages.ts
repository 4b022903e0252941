/** Privacy (consent records, data-subject export/deletion, retention). zh-CN is the reference; en has the same keys. */
export const privacyZh = {
  title: '隐私与数据',
};

export const privacyEn: { [K in keyof typeof privacyZh]: string } = {
  title: 'Privacy & data',
};
