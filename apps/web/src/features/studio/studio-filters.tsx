import { Input, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTENT_STATUSES } from '../calendar/calendar-status';
import { FUNNEL_STAGES, type ItemFilters } from './studio.api';
import { useDebounced } from './use-debounced';

/** Status, pillar, funnel stage, campaign and text search; the typed ones apply 300 ms after typing stops. */
export function StudioFilters({ value, onChange }: { value: ItemFilters; onChange: (f: ItemFilters) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState({ q: value.q ?? '', pillar: value.pillar ?? '', campaign: value.campaign ?? '' });
  const settled = useDebounced(text, 300);
  useEffect(() => {
    const next = { q: settled.q.trim() || undefined, pillar: settled.pillar.trim() || undefined, campaign: settled.campaign.trim() || undefined };
    if (next.q !== value.q || next.pillar !== value.pillar || next.campaign !== value.campaign) onChange({ ...value, ...next });
  }, [settled]);
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="studio-filters">
      <Select
        data-testid="studio-filter-status"
        allowClear
        style={{ width: 150 }}
        placeholder={t('studio.filters.status')}
        value={value.status}
        onChange={(status: string | undefined) => onChange({ ...value, status })}
        options={CONTENT_STATUSES.map((s) => ({ value: s, label: t(`review.status.${s}`, { defaultValue: s }) }))}
      />
      <Select
        data-testid="studio-filter-stage"
        allowClear
        style={{ width: 140 }}
        placeholder={t('studio.filters.stage')}
        value={value.funnelStage}
        onChange={(funnelStage: string | undefined) => onChange({ ...value, funnelStage })}
        options={FUNNEL_STAGES.map((s) => ({ value: s, label: t(`studio.stages.${s}`) }))}
      />
      <Input data-testid="studio-filter-pillar" allowClear style={{ width: 150 }} placeholder={t('studio.filters.pillar')} value={text.pillar} onChange={(e) => setText({ ...text, pillar: e.target.value })} />
      <Input data-testid="studio-filter-campaign" allowClear style={{ width: 150 }} placeholder={t('studio.filters.campaign')} value={text.campaign} onChange={(e) => setText({ ...text, campaign: e.target.value })} />
      <Input.Search data-testid="studio-filter-q" allowClear style={{ width: 240 }} placeholder={t('studio.filters.search')} value={text.q} onChange={(e) => setText({ ...text, q: e.target.value })} />
    </Space>
  );
}
