import { InfoCircleOutlined } from '@ant-design/icons';
import { Progress, Space, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Goal } from './goals.api';
import { formatFraction, formatGoalValue } from './goal-format';

/** The progress bar, current vs target and the forecast (with its method), of one goal. */
export function GoalProgressView({ goal, unit }: { goal: Goal; unit: string | undefined }) {
  const { t } = useTranslation();
  const p = goal.progress;
  const f = goal.forecast;
  const fraction = p.fraction ?? 0;
  const percent = Math.max(0, Math.min(100, fraction * 100));
  const status = fraction >= 1 ? 'success' : f.onTrack === false ? 'exception' : 'active';
  const forecastText =
    f.note === 'ok'
      ? t('goals.forecast.ok', { value: formatGoalValue(f.value, unit), date: goal.endDate })
      : f.note === 'ended'
        ? t('goals.forecast.ended', { value: formatGoalValue(f.value, unit) })
        : t(`goals.forecast.${f.note}`);
  const verdict = f.onTrack === null ? null : f.note === 'ended' ? (f.onTrack ? t('goals.forecast.reached') : t('goals.forecast.missed')) : f.onTrack ? t('goals.forecast.onTrack') : t('goals.forecast.offTrack');
  return (
    <div data-testid={`goal-progress-${goal.id}`}>
      <Progress percent={percent} status={p.status === 'not_started' ? 'normal' : status} format={() => formatFraction(p.fraction)} size="small" />
      <Space size={8} wrap style={{ fontSize: 12 }}>
        <Typography.Text style={{ fontSize: 12 }} data-testid={`goal-current-${goal.id}`} data-value={p.current ?? ''}>
          {t('goals.progress.current', { value: formatGoalValue(p.current, unit) })}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('goals.progress.target', { value: formatGoalValue(goal.target, unit) })}
        </Typography.Text>
        {p.asOf ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('goals.progress.asOf', { date: p.asOf })}
          </Typography.Text>
        ) : (
          <Tag>{t('goals.progress.status.not_started')}</Tag>
        )}
        <Tooltip title={t(`goals.progress.kind.${p.kind}`)}>
          <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
        </Tooltip>
      </Space>
      <div style={{ fontSize: 12 }}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid={`goal-forecast-${goal.id}`}>
          {forecastText}
        </Typography.Text>{' '}
        {verdict ? <Tag color={f.onTrack ? 'green' : 'red'}>{verdict}</Tag> : null}
        <Tooltip title={t('goals.forecast.method')}>
          <InfoCircleOutlined style={{ color: '#8c8c8c' }} aria-label={t('goals.forecast.method')} />
        </Tooltip>
      </div>
    </div>
  );
}
