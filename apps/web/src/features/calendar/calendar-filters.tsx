import { Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAccounts, useBrands } from '../accounts/accounts.api';
import type { CalendarFilters } from './calendar.api';
import { CONTENT_STATUSES } from './calendar-status';

const STAGES = ['awareness', 'interest', 'decision', 'loyalty'];

/** Brand, account, status, pillar, stage and campaign filters of the calendar. */
export function CalendarFiltersBar({ workspaceId, value, onChange }: { workspaceId: string; value: CalendarFilters; onChange: (f: CalendarFilters) => void }) {
  const { t } = useTranslation();
  const brands = useBrands(workspaceId);
  const accounts = useAccounts(workspaceId);
  const set = (patch: Partial<CalendarFilters>) => onChange({ ...value, ...patch });
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  return (
    <Space wrap data-testid="calendar-filters">
      <Select
        data-testid="calendar-filter-brand"
        allowClear
        style={{ minWidth: 140 }}
        placeholder={t('calendar.filters.brand')}
        value={value.brand}
        onChange={(brand?: string) => set({ brand })}
        options={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))}
      />
      <Select
        data-testid="calendar-filter-account"
        allowClear
        style={{ minWidth: 160 }}
        placeholder={t('calendar.filters.account')}
        value={value.account}
        onChange={(account?: string) => set({ account })}
        options={(accounts.data ?? []).map((a) => ({ value: a.id, label: a.name }))}
      />
      <Select
        data-testid="calendar-filter-status"
        mode="multiple"
        allowClear
        style={{ minWidth: 180 }}
        placeholder={t('calendar.filters.status')}
        value={value.status ?? []}
        onChange={(status: string[]) => set({ status })}
        options={CONTENT_STATUSES.map((s) => ({ value: s, label: t(`calendar.status.${s}`) }))}
      />
      <Input.Search
        data-testid="calendar-filter-pillar"
        allowClear
        style={{ width: 140 }}
        placeholder={t('calendar.filters.pillar')}
        defaultValue={value.pillar}
        onSearch={(v) => set({ pillar: text(v) })}
      />
      <Select
        data-testid="calendar-filter-stage"
        allowClear
        style={{ minWidth: 120 }}
        placeholder={t('calendar.filters.stage')}
        value={value.stage}
        onChange={(stage?: string) => set({ stage })}
        options={STAGES.map((s) => ({ value: s, label: t(`calendar.stages.${s}`) }))}
      />
      <Input.Search
        data-testid="calendar-filter-campaign"
        allowClear
        style={{ width: 140 }}
        placeholder={t('calendar.filters.campaign')}
        defaultValue={value.campaign}
        onSearch={(v) => set({ campaign: text(v) })}
      />
      <Button onClick={() => onChange({})}>{t('calendar.filters.clear')}</Button>
    </Space>
  );
}
