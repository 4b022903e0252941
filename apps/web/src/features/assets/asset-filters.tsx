import { DatePicker, Input, Segmented, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs, toUtcIso } from '../../lib/time';
import { useAssetTags, type AssetFilters } from './assets.api';

/** Search box, kind switch, tag filter (all of) and upload-date range (days in the workspace zone). */
export function AssetFilterBar({
  workspaceId,
  timeZone,
  value,
  onChange,
  lockKind,
}: {
  workspaceId: string;
  timeZone: string;
  value: AssetFilters;
  onChange: (f: AssetFilters) => void;
  /** The picker may restrict the kind. */
  lockKind?: 'image' | 'video';
}) {
  const { t } = useTranslation();
  const tags = useAssetTags(workspaceId);
  return (
    <Space wrap style={{ marginBottom: 16 }} data-testid="asset-filters">
      <Input.Search
        allowClear
        data-testid="asset-search"
        placeholder={t('assets.search')}
        defaultValue={value.q}
        onSearch={(q) => onChange({ ...value, q: q.trim() || undefined })}
        style={{ width: 240 }}
      />
      {lockKind ? null : (
        <Segmented
          data-testid="asset-kind"
          value={value.kind ?? 'all'}
          onChange={(k) => onChange({ ...value, kind: k === 'all' ? undefined : (k as 'image' | 'video') })}
          options={(['all', 'image', 'video'] as const).map((k) => ({ value: k, label: t(`assets.kinds.${k}`) }))}
        />
      )}
      <Select
        mode="multiple"
        allowClear
        data-testid="asset-tag-filter"
        placeholder={t('assets.tagsFilter')}
        style={{ minWidth: 220 }}
        value={value.tags ?? []}
        loading={tags.isLoading}
        onChange={(v: string[]) => onChange({ ...value, tags: v.length ? v : undefined })}
        options={(tags.data ?? []).map((tg) => ({ value: tg.tag, label: `${tg.tag} (${tg.count})` }))}
      />
      <DatePicker.RangePicker
        aria-label={t('assets.uploadedBetween')}
        onChange={(r) =>
          onChange({
            ...value,
            from: r?.[0] ? toUtcIso(dayjs(r[0]).startOf('day'), timeZone) : undefined,
            to: r?.[1] ? toUtcIso(dayjs(r[1]).add(1, 'day').startOf('day'), timeZone) : undefined,
          })
        }
      />
    </Space>
  );
}
