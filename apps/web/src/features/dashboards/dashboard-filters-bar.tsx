import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateRangeControl } from '../query-controls/date-range-control';
import type { DashboardFilters } from './dashboards.api';

interface Option {
  id: string;
  name: string;
}

/** The date range and the brand / platform / account every tile runs with. */
export function DashboardFiltersBar({
  value,
  onChange,
  timeZone,
  brands,
  platforms,
  accounts,
}: {
  value: DashboardFilters;
  onChange: (f: DashboardFilters) => void;
  timeZone: string;
  brands: Option[];
  platforms: Option[];
  accounts: Option[];
}) {
  const { t } = useTranslation();
  const pick = (key: 'brandId' | 'platform' | 'accountId', v: string | undefined) => {
    const next = { ...value };
    if (v) next[key] = v;
    else delete next[key];
    onChange(next);
  };
  const select = (key: 'brandId' | 'platform' | 'accountId', options: Option[], placeholder: string) => (
    <Select
      allowClear
      showSearch
      optionFilterProp="label"
      data-testid={`dashboard-filter-${key}`}
      value={value[key]}
      placeholder={placeholder}
      style={{ minWidth: 160 }}
      onChange={(v?: string) => pick(key, v)}
      options={options.map((o) => ({ value: o.id, label: o.name }))}
    />
  );
  return (
    <Space wrap size={8} data-testid="dashboard-filters">
      <DateRangeControl value={value.range} onChange={(range) => onChange({ ...value, range })} timeZone={timeZone} testId="dashboard-range" />
      {select('brandId', brands, t('dashboards.allBrands'))}
      {select('platform', platforms, t('dashboards.allPlatforms'))}
      {select('accountId', accounts, t('dashboards.allAccounts'))}
    </Space>
  );
}
