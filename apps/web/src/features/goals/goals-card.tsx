import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { MetricLabel } from '../metrics/metric-label';
import { useMetricCatalogById } from '../metrics/metrics.api';
import { useGoals } from './goals.api';
import { GoalProgressView } from './goal-progress';

const SHOWN = 4;

/** The workspace's active goals on the Overview: progress and forecast of each. */
export function GoalsCard() {
  const { t } = useTranslation();
  const { workspace, can } = useWorkspace();
  const goals = useGoals(workspace.id);
  const catalog = useMetricCatalogById(workspace.id);
  const items = goals.data?.items ?? [];
  const manage = (
    <Link to={`/w/${workspace.id}/goals`} data-testid="goals-manage">
      {t('goals.card.manage')}
    </Link>
  );
  return (
    <Card title={t('goals.card.title')} size="small" extra={manage} style={{ marginTop: 16 }} data-testid="goals-card">
      {goals.isPending ? (
        <Loading testId="goals-loading" />
      ) : goals.error ? (
        <ErrorState error={goals.error} onRetry={() => void goals.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState description={t('goals.empty')}>
          {can('analytics.write') ? (
            <Link to={`/w/${workspace.id}/goals?new=1`}>
              <Button type="primary" data-testid="goals-card-create">
                {t('goals.create')}
              </Button>
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <>
          <Row gutter={[16, 16]}>
            {items.slice(0, SHOWN).map((g) => (
              <Col key={g.id} xs={24} md={12} xxl={6} data-testid={`goal-card-${g.id}`}>
                <Typography.Text strong>{g.name}</Typography.Text> {g.stage ? <Tag>{g.stage}</Tag> : null}
                <div style={{ fontSize: 12, color: '#6b7280', margin: '2px 0 4px' }}>
                  <MetricLabel id={g.metricId} /> · {g.startDate} – {g.endDate}
                </div>
                <GoalProgressView goal={g} unit={catalog.data?.get(g.metricId)?.unit} />
              </Col>
            ))}
          </Row>
          {items.length > SHOWN ? (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 8 }}>
              {t('goals.card.more', { count: items.length - SHOWN })}
            </Typography.Text>
          ) : null}
        </>
      )}
    </Card>
  );
}
