import { Select, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeLanguage } from '../../lib/i18n/index';
import type { CatalogMetric, MetricGroup } from '../metrics/metrics.api';

export const METRIC_GROUPS: MetricGroup[] = ['audience', 'content', 'engagement', 'conversion', 'commerce', 'loyalty', 'cost'];

/** Catalog metrics grouped by their group, names in the UI language; each option shows its definition on hover. */
export function MetricSelect({ value, onChange, catalog, loading, testId }: { value?: string; onChange: (id: string) => void; catalog: CatalogMetric[]; loading?: boolean; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = normalizeLanguage(i18n.language);
  return (
    <Select
      data-testid={testId}
      showSearch
      loading={loading}
      value={value}
      onChange={onChange}
      placeholder={t('trends.pickMetric')}
      style={{ minWidth: 240 }}
      optionFilterProp="search"
      popupMatchSelectWidth={false}
      options={METRIC_GROUPS.map((g) => ({
        label: t(`trends.groups.${g}`),
        title: g,
        options: catalog
          .filter((m) => m.group === g)
          .map((m) => ({
            value: m.id,
            search: `${m.name['zh-CN']} ${m.name.en} ${m.id}`,
            label: (
              <Tooltip placement="right" title={`${m.description[lang]} · ${m.formulaText}`}>
                <span data-testid={`metric-option-${m.id}`} style={{ display: 'block' }}>{m.name[lang]}</span>
              </Tooltip>
            ),
          })),
      })).filter((g) => g.options.length > 0)}
    />
  );
}
