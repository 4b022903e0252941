/** Strings of the metric label (definitions come from the catalog itself, in both languages). */
export const metricsZh = {
  formula: '公式',
};

type Messages<T> = { [K in keyof T]: T[K] extends string ? string : Messages<T[K]> };

export const metricsEn: Messages<typeof metricsZh> = {
  formula: 'Formula',
};
