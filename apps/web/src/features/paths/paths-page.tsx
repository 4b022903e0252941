import { CaretRightOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { AddToDashboardButton } from '../dashboards/add-to-dashboard-button';
import { formatInteger } from '../../lib/format';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useEventNames } from '../funnels/event-names.api';
import { resolveRange } from '../query-controls/range';
import { usePaths, type PathsBody } from './paths.api';
import { PathsBuilder } from './paths-builder';
import { PathsChart } from './paths-chart';
import { DEFAULT_PATHS_FORM, toPathsBody, type PathsForm } from './paths-form';
import { PathsTable } from './paths-table';

/** Paths: what fans do right after (or right before) an event. */
export function PathsPage() {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const [form, setForm] = useState<PathsForm>(DEFAULT_PATHS_FORM);
  const [submitted, setSubmitted] = useState<PathsBody | null>(null);
  const names = useEventNames(workspace.id, resolveRange(form.range, timeZone));
  const paths = usePaths(workspace.id, submitted);
  const body = toPathsBody(form, timeZone);
  const data = paths.data;

  return (
    <>
      <PageHeader
        title={t('nav.paths')}
        extra={can('analytics.write') && body ? <AddToDashboardButton kind="paths" body={body} range={form.range} /> : null}
        subtitle={submitted && data ? <span data-testid="paths-period">{t('funnels.period', { from: submitted.range.from, to: submitted.range.to })} · {zoneLabel(data.timeZone)}</span> : undefined}
      />
      <Card size="small" data-testid="paths-builder">
        <PathsBuilder form={form} onChange={setForm} names={names.data?.names ?? []} timeZone={timeZone} />
        <Space style={{ marginTop: 16 }} align="center" wrap>
          <Button type="primary" icon={<CaretRightOutlined />} disabled={!body} loading={paths.isFetching} data-testid="paths-run" onClick={() => setSubmitted(body)}>
            {t('funnels.run')}
          </Button>
          {!body ? <Typography.Text type="secondary">{t('paths.incomplete')}</Typography.Text> : null}
        </Space>
      </Card>
      <div style={{ marginTop: 16 }}>
        {!submitted ? (
          <Card size="small">
            <EmptyState description={t('paths.start')} />
          </Card>
        ) : paths.isPending ? (
          <Loading testId="paths-loading" />
        ) : paths.error ? (
          <ErrorState error={paths.error} onRetry={() => void paths.refetch()} />
        ) : data && data.totalOccurrences === 0 ? (
          <Card size="small">
            <EmptyState description={t('paths.empty')} />
          </Card>
        ) : data ? (
          <div data-testid="paths-result">
            <Card size="small" title={t('paths.chartTitle')}>
              <PathsChart result={data} anchor={submitted.event} />
            </Card>
            <Card
              size="small"
              style={{ marginTop: 16 }}
              title={t('paths.tableTitle')}
              extra={<Typography.Text type="secondary" data-testid="paths-totals">{t('paths.totals', { occurrences: formatInteger(data.totalOccurrences), fans: formatInteger(data.totalFans), sequences: formatInteger(data.totalSequences) })}</Typography.Text>}
            >
              <PathsTable result={data} anchor={submitted.event} />
            </Card>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
              {t('paths.footnote')}
            </Typography.Paragraph>
          </div>
        ) : null}
      </div>
    </>
  );
}
