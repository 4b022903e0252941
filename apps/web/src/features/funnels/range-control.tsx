import { DatePicker, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/time';
import { RANGE_PRESETS, resolveRange, type RangeValue } from './query-form';

type Choice = (typeof RANGE_PRESETS)[number] | 'custom';

/** Last 7/28/90 local days (today included) or custom local dates, in the workspace zone. */
export function RangeControl({ value, onChange, timeZone, testId }: { value: RangeValue; onChange: (v: RangeValue) => void; timeZone: string; testId: string }) {
  const { t } = useTranslation();
  const choice: Choice = 'lastDays' in value ? value.lastDays : 'custom';
  const shown = resolveRange(value, timeZone);
  return (
    <Space wrap size={8}>
      <Segmented<Choice>
        data-testid={testId}
        value={choice}
        onChange={(c) => onChange(c === 'custom' ? shown : { lastDays: c })}
        options={[
          ...RANGE_PRESETS.map((d) => ({ value: d, label: <span data-testid={`${testId}-${d}`}>{t('funnels.query.lastDays', { count: d })}</span> })),
          { value: 'custom' as const, label: <span data-testid={`${testId}-custom`}>{t('funnels.query.customRange')}</span> },
        ]}
      />
      {choice === 'custom' ? (
        <DatePicker.RangePicker
          data-testid={`${testId}-picker`}
          allowClear={false}
          value={[dayjs(shown.from), dayjs(shown.to)]}
          onChange={(v) => {
            if (v?.[0] && v[1]) onChange({ from: v[0].format('YYYY-MM-DD'), to: v[1].format('YYYY-MM-DD') });
          }}
        />
      ) : null}
    </Space>
  );
}
