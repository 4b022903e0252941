import { CaretRightOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { AddToDashboardButton } from '../dashboards/add-to-dashboard-button';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useEventNames } from '../funnels/event-names.api';
import { resolveRange } from '../query-controls/range';
import { useRetention, type RetentionBody } from './retention.api';
import { RetentionBuilder } from './retention-builder';
import { RetentionCurve } from './retention-curve';
import { DEFAULT_RETENTION_FORM, toRetentionBody, type RetentionForm } from './retention-form';
import { RetentionTable } from './retention-table';

/** Retention: cohorts by a start event per local day/week/month, coming back by a return event. */
export function RetentionPage() {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const [form, setForm] = useState<RetentionForm>(DEFAULT_RETENTION_FORM);
  const [submitted, setSubmitted] = useState<RetentionBody | null>(null);
  const names = useEventNames(workspace.id, resolveRange(form.range, timeZone));
  const retention = useRetention(workspace.id, submitted);
  const body = toRetentionBody(form, timeZone);
  const data = retention.data;

  return (
    <>
      <PageHeader
        title={t('nav.retention')}
        extra={can('analytics.write') && body ? <AddToDashboardButton kind="retention" body={body} range={form.range} /> : null}
        subtitle={submitted && data ? <span data-testid="retention-period">{t('funnels.period', { from: submitted.range.from, to: submitted.range.to })} · {zoneLabel(data.timeZone)}</span> : undefined}
      />
      <Card size="small" data-testid="retention-builder">
        <RetentionBuilder form={form} onChange={setForm} names={names.data?.names ?? []} timeZone={timeZone} />
        <Space style={{ marginTop: 16 }} align="center" wrap>
          <Button type="primary" icon={<CaretRightOutlined />} disabled={!body} loading={retention.isFetching} data-testid="retention-run" onClick={() => setSubmitted(body)}>
            {t('funnels.run')}
          </Button>
          {!body ? <Typography.Text type="secondary">{t('retention.incomplete')}</Typography.Text> : null}
        </Space>
      </Card>
      <div style={{ marginTop: 16 }}>
        {!submitted ? (
          <Card size="small">
            <EmptyState description={t('retention.start')} />
          </Card>
        ) : retention.isPending ? (
          <Loading testId="retention-loading" />
        ) : retention.error ? (
          <ErrorState error={retention.error} onRetry={() => void retention.refetch()} />
        ) : data && data.cohorts.every((c) => c.size === 0) ? (
          <Card size="small">
            <EmptyState description={t('retention.empty')} />
          </Card>
        ) : data ? (
          <div data-testid="retention-result">
            <Card size="small" title={t('retention.curveTitle')}>
              <RetentionCurve result={data} />
            </Card>
            <Card size="small" style={{ marginTop: 16 }} title={t('retention.tableTitle')}>
              <RetentionTable result={data} />
            </Card>
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
              {t('retention.footnote')}
            </Typography.Paragraph>
          </div>
        ) : null}
      </div>
    </>
  );
}
