import { Card, Col, Form, Row, Segmented, Space, Switch, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PageHeader } from '../../app/page-header';
import { normalizeLanguage } from '../../lib/i18n/index';
import { ErrorState, Loading } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { AddToDashboardButton } from '../dashboards/add-to-dashboard-button';
import { useSavedQuery } from '../dashboards/dashboards.api';
import { useAccountDirectory } from '../fans/use-account-directory';
import { BreakdownSelect } from '../query-controls/breakdown-select';
import { DateRangeControl } from '../query-controls/date-range-control';
import { FilterRows } from '../query-controls/filter-rows';
import { SeriesEditor } from './series-editor';
import { TrendChart } from './trend-chart';
import { DEFAULT_FORM, toTrendBody, trendFormOf, type TrendForm } from './trend-form';
import { trendLabels } from './trend-labels';
import { TrendBucketsTable, TrendTotalsTable } from './trend-table';
import { useMetricCatalog, type MetricDefinition } from '../metrics/metrics.api';
import { useTrend, type Interval, type TrendBody } from './trends.api';
import { useDebounced } from './use-debounced';

const INTERVALS: Interval[] = ['hour', 'day', 'week', 'month'];

/** Trends: 1–5 series over time in the workspace zone, with breakdown, filters and the previous period. `?query=` opens a saved trend. */
export function TrendsPage() {
  const { t, i18n } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const [params] = useSearchParams();
  const savedId = params.get('query');
  const saved = useSavedQuery(workspace.id, savedId);
  const [form, setForm] = useState<TrendForm>(DEFAULT_FORM);
  useEffect(() => {
    if (saved.data?.kind === 'trend') setForm(trendFormOf(saved.data.body as unknown as TrendBody));
  }, [saved.data]);
  const catalog = useMetricCatalog(workspace.id);
  const directory = useAccountDirectory(workspace.id);
  const body = useDebounced(toTrendBody(form, timeZone));
  const trend = useTrend(workspace.id, body);
  const patch = (p: Partial<TrendForm>) => setForm((f) => ({ ...f, ...p }));

  const labels = useMemo(() => {
    if (!trend.data) return null;
    const metrics = new Map<string, MetricDefinition>((catalog.data ?? []).map((m) => [m.id, m]));
    const accounts = new Map(directory.accounts.map((a) => [a.id, a.name]));
    const { body: shown, result } = trend.data;
    return trendLabels({ series: shown.series, breakdown: shown.breakdown, result, metrics, accounts, lang: normalizeLanguage(i18n.language), t });
  }, [trend.data, catalog.data, directory.accounts, i18n.language, t]);
  const result = trend.data?.result;

  return (
    <>
      <PageHeader
        title={t('nav.trends')}
        subtitle={
          result ? (
            <span data-testid="trend-period" data-from={result.range.from} data-to={result.range.to}>
              {t('trends.period', { from: result.range.from, to: result.range.to })} · {zoneLabel(result.timeZone)}
            </span>
          ) : undefined
        }
        extra={can('analytics.write') && body ? <AddToDashboardButton kind="trend" body={body} range={form.range} /> : null}
      />
      <Card size="small" data-testid="trend-builder">
        <Form layout="vertical">
          <Form.Item label={t('trends.seriesLabel')}>
            <SeriesEditor value={form.series} onChange={(series) => patch({ series })} catalog={catalog.data ?? []} loading={catalog.isPending} />
          </Form.Item>
          <Row gutter={[16, 0]}>
            <Col xs={24} xl={12}>
              <Form.Item label={t('trends.range')}>
                <DateRangeControl value={form.range} onChange={(range) => patch({ range })} timeZone={timeZone} testId="trend-range" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Form.Item label={t('trends.interval')}>
                <Segmented<Interval>
                  data-testid="trend-interval"
                  value={form.interval}
                  onChange={(interval) => patch({ interval })}
                  options={INTERVALS.map((v) => ({ value: v, label: <span data-testid={`interval-${v}`}>{t(`trends.intervals.${v}`)}</span> }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} xl={6}>
              <Form.Item label={t('trends.compare')}>
                <Switch data-testid="trend-compare" checked={form.compare} onChange={(compare) => patch({ compare })} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={[16, 0]}>
            <Col xs={24} xl={8}>
              <Form.Item label={t('trends.breakdown')}>
                <BreakdownSelect value={form.breakdown} onChange={(breakdown) => patch({ breakdown })} />
              </Form.Item>
            </Col>
            <Col xs={24} xl={16}>
              <Form.Item label={t('trends.filters')} style={{ marginBottom: 0 }}>
                <FilterRows value={form.filters} onChange={(filters) => patch({ filters })} testId="filter" listTestId="filters-editor" accounts={directory.accounts} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <div style={{ marginTop: 16 }}>
        {!body ? (
          <Typography.Text type="secondary" data-testid="trend-incomplete">{t('trends.incomplete')}</Typography.Text>
        ) : trend.isPending ? (
          <Loading testId="trend-loading" />
        ) : trend.error ? (
          <ErrorState error={trend.error} onRetry={() => void trend.refetch()} />
        ) : result && labels ? (
          <Space direction="vertical" size={16} style={{ width: '100%', opacity: trend.isPlaceholderData || trend.isFetching ? 0.6 : 1 }} data-testid="trend-result" data-ready={!trend.isFetching}>
            <Card size="small">
              <TrendChart result={result} labels={labels} />
            </Card>
            <Card size="small" title={t('trends.totals')}>
              <TrendTotalsTable result={result} labels={labels} />
            </Card>
            <Card size="small" title={t('trends.byBucket')}>
              <TrendBucketsTable result={result} labels={labels} />
            </Card>
          </Space>
        ) : null}
      </div>
    </>
  );
}
