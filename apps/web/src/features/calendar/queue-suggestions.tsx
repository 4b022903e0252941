import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QueueDetail } from './calendar.api';

const pad = (n: number) => String(n).padStart(2, '0');

/** Best posting times and the rule that produced them; clicking one adds it as a slot. */
export function QueueSuggestions({ suggestions, onPick }: { suggestions: QueueDetail['suggestions']; onPick?: (weekday: number, time: string) => void }) {
  const { t } = useTranslation();
  const weekdays = t('calendar.weekdays', { returnObjects: true }) as string[];
  return (
    <div data-testid="queue-suggestions">
      <Typography.Title level={5}>{t('calendar.queue.suggestions')}</Typography.Title>
      <Space direction="vertical" size={4}>
        <Tag color={suggestions.rule === 'analytics_heatmap' ? 'green' : 'blue'} data-testid="queue-suggestion-rule" data-rule={suggestions.rule}>
          {t(`calendar.queue.rule.${suggestions.rule}`, { platform: suggestions.platform ?? '' })}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {suggestions.reason}
        </Typography.Text>
        <Space wrap size={[4, 4]}>
          {suggestions.slots.map((s) => (
            <Tag
              key={`${s.weekday}-${s.hour}`}
              style={{ cursor: onPick ? 'pointer' : undefined }}
              onClick={onPick ? () => onPick(s.weekday, `${pad(s.hour)}:00`) : undefined}
            >
              {weekdays[s.weekday]} {pad(s.hour)}:00
            </Tag>
          ))}
        </Space>
        {onPick ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('calendar.queue.addSuggestion')}
          </Typography.Text>
        ) : null}
      </Space>
    </div>
  );
}
