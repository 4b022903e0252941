import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { MetricName } from '../metrics/metric-label';
import { MetricSelect } from './metric-select';
import { MATHS, MAX_SERIES, type SeriesForm } from './trend-form';
import type { CatalogMetric } from '../metrics/metrics.api';

/** 1–5 series: a catalog metric, or an event with count / distinct fans / sum of a property. */
export function SeriesEditor({ value, onChange, catalog, loading }: { value: SeriesForm[]; onChange: (v: SeriesForm[]) => void; catalog: CatalogMetric[]; loading?: boolean }) {
  const { t } = useTranslation();
  const eventNames = [...new Set(catalog.flatMap((m) => m.sources).filter((s) => s !== '*'))].sort();
  const set = (i: number, s: SeriesForm) => onChange(value.map((x, k) => (k === i ? s : x)));
  return (
    <Space direction="vertical" size={8} style={{ width: '100%' }} data-testid="series-editor">
      {value.map((s, i) => (
        <Space key={i} wrap size={8} data-testid={`series-${i}`}>
          <Select<SeriesForm['type']>
            data-testid={`series-${i}-type`}
            value={s.type}
            style={{ width: 110 }}
            onChange={(type) => set(i, type === 'metric' ? { type: 'metric' } : { type: 'event', event: '', math: 'count' })}
            options={[
              { value: 'metric', label: t('trends.metric') },
              { value: 'event', label: t('trends.event') },
            ]}
          />
          {s.type === 'metric' ? (
            <>
              <MetricSelect testId={`series-${i}-metric`} value={s.metric} onChange={(metric) => set(i, { type: 'metric', metric })} catalog={catalog} loading={loading} />
              {s.metric ? <MetricName metric={catalog.find((m) => m.id === s.metric)} fallback={s.metric} iconOnly /> : null}
            </>
          ) : (
            <>
              <AutoComplete
                data-testid={`series-${i}-event`}
                value={s.event}
                style={{ width: 200 }}
                placeholder={t('trends.eventName')}
                options={eventNames.filter((n) => n.includes(s.event.trim())).map((n) => ({ value: n }))}
                onChange={(event: string) => set(i, { ...s, event })}
              />
              <Select
                data-testid={`series-${i}-math`}
                value={s.math}
                style={{ width: 150 }}
                onChange={(math) => set(i, { ...s, math })}
                options={MATHS.map((m) => ({ value: m, label: t(`trends.math.${m}`) }))}
              />
              {s.math === 'sum' ? (
                <Input data-testid={`series-${i}-property`} value={s.property} style={{ width: 160 }} placeholder={t('trends.numericProperty')} onChange={(e) => set(i, { ...s, property: e.target.value })} />
              ) : null}
            </>
          )}
          <Button
            aria-label={t('trends.removeSeries')}
            icon={<DeleteOutlined />}
            disabled={value.length <= 1}
            onClick={() => onChange(value.filter((_, k) => k !== i))}
            data-testid={`series-${i}-remove`}
          />
        </Space>
      ))}
      <Button icon={<PlusOutlined />} disabled={value.length >= MAX_SERIES} onClick={() => onChange([...value, { type: 'metric' }])} data-testid="series-add">
        {t('trends.addSeries', { max: MAX_SERIES })}
      </Button>
    </Space>
  );
}
