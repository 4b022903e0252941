import { DatePicker, Segmented, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { dayjs } from '../../lib/time';
import { RANGE_PRESETS, resolveRange, type RangeValue } from './range';

type Choice = (typeof RANGE_PRESETS)[number] | 'custom';

/** Last 7/28/90 days (workspace zone, today included) or custom local dates. */
export function DateRangeControl({ value, onChange, timeZone, testId = 'range' }: { value: RangeValue; onChange: (v: RangeValue) => void; timeZone: string; testId?: string }) {
  const { t } = useTranslation();
  const choice: Choice = 'preset' in value ? value.preset : 'custom';
  const shown = resolveRange(value, timeZone);
  return (
    <Space wrap size={8}>
      <Segmented<Choice>
        data-testid={testId}
        value={choice}
        onChange={(c) => onChange(c === 'custom' ? shown : { preset: c })}
        options={[
          ...RANGE_PRESETS.map((p) => ({ value: p, label: <span data-testid={`${testId}-${p}`}>{t('queryControls.lastDays', { count: Number.parseInt(p, 10) })}</span> })),
          { value: 'custom' as const, label: <span data-testid={`${testId}-custom`}>{t('queryControls.customRange')}</span> },
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
