import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeOf, formatKpi, type KpiKey } from '../../lib/format';
import type { Pair } from './overview.api';

/** One KPI: current value, the change against the previous period, and its definition. */
export function KpiCard({ kpi, pair }: { kpi: KpiKey; pair: Pair }) {
  const { t } = useTranslation();
  const change = changeOf(pair.current, pair.previous);
  const color = change.direction === 'up' ? '#16a34a' : change.direction === 'down' ? '#dc2626' : '#6b7280';
  const arrow = change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '–';
  return (
    <Card size="small" style={{ height: '100%' }}>
      <Typography.Text type="secondary">
        {t(`overview.kpi.${kpi}`)}{' '}
        <Tooltip title={t(`overview.kpiHelp.${kpi}`)}>
          <InfoCircleOutlined data-testid={`kpi-help-${kpi}`} aria-label={t(`overview.kpiHelp.${kpi}`)} />
        </Tooltip>
      </Typography.Text>
      <div style={{ fontSize: 26, fontWeight: 600, margin: '6px 0' }}>
        <span data-testid={`kpi-${kpi}`} data-value={pair.current}>{formatKpi(kpi, pair.current)}</span>
      </div>
      <Typography.Text style={{ color, fontSize: 13 }} data-testid={`kpi-change-${kpi}`}>
        {arrow} {change.percent === null ? t('overview.noComparison') : `${Math.abs(change.percent).toFixed(1)}%`}
      </Typography.Text>{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('overview.vsPrevious', { value: formatKpi(kpi, pair.previous) })}
      </Typography.Text>
    </Card>
  );
}
