import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Row, Segmented, Space, Statistic, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRate } from '../../lib/format';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { DateRangeControl } from '../query-controls/date-range-control';
import { resolveRange, type RangeValue } from '../query-controls/range';
import { useComplianceMetrics } from './compliance.api';
import { BreakdownChart, DecisionsChart, RateChart } from './metrics-charts';

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;

/** Compliance metrics: violation rate against the target band, decisions, categories and severities. */
export function MetricsPanel() {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const [range, setRange] = useState<RangeValue>({ preset: '90d' });
  const [interval, setInterval] = useState<'day' | 'week'>('week');
  const q = useComplianceMetrics(workspace.id, { ...resolveRange(range, workspace.timeZone), interval });
  const data = q.data;

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <DateRangeControl value={range} onChange={setRange} timeZone={workspace.timeZone} testId="compliance-range" />
        <Segmented<'day' | 'week'>
          data-testid="compliance-interval"
          value={interval}
          onChange={setInterval}
          options={(['day', 'week'] as const).map((v) => ({ value: v, label: t(`compliance.metrics.interval.${v}`) }))}
        />
      </Space>
      {q.isPending ? (
        <Loading testId="compliance-metrics-loading" />
      ) : q.error && !data ? (
        <ErrorState error={q.error} onRetry={() => void q.refetch()} />
      ) : !data || data.totals.checked === 0 ? (
        <EmptyState description={t('compliance.metrics.empty')} />
      ) : (
        <div data-testid="compliance-metrics" style={{ opacity: q.isPlaceholderData ? 0.6 : 1 }}>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('compliance.metrics.rate')} value={formatRate(data.totals.rate)} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('compliance.metrics.checked')} value={data.totals.checked} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('compliance.metrics.review')} value={data.totals.review} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t('compliance.metrics.blocked')} value={data.totals.blocked} valueStyle={{ color: data.totals.blocked ? '#cf1322' : undefined }} />
              </Card>
            </Col>
            <Col span={24}>
              <Card
                size="small"
                title={
                  <Space>
                    {t('compliance.metrics.rate')}
                    <Tooltip title={t('compliance.metrics.rateHelp', { start: pct(data.target.start), goal: pct(data.target.goal) })}>
                      <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
                    </Tooltip>
                  </Space>
                }
              >
                <RateChart data={data} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('compliance.metrics.decisions')}>
                <DecisionsChart data={data} />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('compliance.metrics.byCategory')}>
                <BreakdownChart data={data} by="category" />
              </Card>
            </Col>
            <Col xs={24} xl={12}>
              <Card size="small" title={t('compliance.metrics.bySeverity')}>
                <BreakdownChart data={data} by="severity" />
              </Card>
            </Col>
          </Row>
        </div>
      )}
    </Space>
  );
}
