import { Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CONTENT_STATUSES, statusColor } from './calendar-status';

/** What each entry colour means. */
export function StatusLegend() {
  const { t } = useTranslation();
  return (
    <Space wrap size={[12, 4]} data-testid="calendar-legend">
      <Typography.Text type="secondary">{t('calendar.legend')}:</Typography.Text>
      {CONTENT_STATUSES.map((s) => (
        <Space key={s} size={4}>
          <span style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 2, background: statusColor(s) }} />
          <Typography.Text style={{ fontSize: 12 }}>{t(`calendar.status.${s}`)}</Typography.Text>
        </Space>
      ))}
    </Space>
  );
}
