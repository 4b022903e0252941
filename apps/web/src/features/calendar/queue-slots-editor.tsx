import { Button, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueueSlot } from './calendar.api';
import { parseTime } from './parse-time';


/** One row per weekday (Mon–Sun) with its HH:MM times as tags. */
export function QueueSlotsEditor({
  slots,
  onChange,
  disabled,
  onBadTime,
}: {
  slots: QueueSlot[];
  onChange: (s: QueueSlot[]) => void;
  disabled: boolean;
  onBadTime: () => void;
}) {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];
  const timesOf = (weekday: number) => slots.filter((s) => s.weekday === weekday).map((s) => s.time).sort();
  const setDay = (weekday: number, values: string[]) => {
    const times = values.map(parseTime);
    if (times.some((x) => x === null)) onBadTime();
    const valid = [...new Set(times.filter((x): x is string => x !== null))];
    onChange([...slots.filter((s) => s.weekday !== weekday), ...valid.map((time) => ({ weekday, time }))]);
  };
  const copyMonday = () => {
    const monday = timesOf(0);
    onChange([...slots.filter((s) => s.weekday === 0 || s.weekday > 4), ...[1, 2, 3, 4].flatMap((weekday) => monday.map((time) => ({ weekday, time })))]);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="queue-slots">
      {weekdays.map((label, weekday) => (
        <div key={weekday} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Typography.Text style={{ width: 48 }}>{label}</Typography.Text>
          <Select
            data-testid={`queue-slots-${weekday}`}
            mode="tags"
            disabled={disabled}
            style={{ flex: 1 }}
            value={timesOf(weekday)}
            tokenSeparators={[',', ' ', '，']}
            onChange={(v: string[]) => setDay(weekday, v)}
            open={false}
            placeholder="09:30, 12:00, 20:00"
          />
        </div>
      ))}
      {!disabled ? (
        <Button size="small" onClick={copyMonday} data-testid="queue-copy-monday">
          {t('calendar.queue.copyWeekdays')}
        </Button>
      ) : null}
    </Space>
  );
}
