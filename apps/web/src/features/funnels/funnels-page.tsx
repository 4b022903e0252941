import { CaretRightOutlined } from '@ant-design/icons';
import { Button, Card, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { AddToDashboardButton } from '../dashboards/add-to-dashboard-button';
import { EmptyState, ErrorState, Loading } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useAccountDirectory } from '../fans/use-account-directory';
import { useEventNames } from './event-names.api';
import { FunnelBreakdownTable } from './funnel-breakdown-table';
import { FunnelBuilder } from './funnel-builder';
import { FunnelChart } from './funnel-chart';
import { DEFAULT_FUNNEL_FORM, toFunnelBody, type FunnelForm } from './funnel-form';
import { FunnelStepsTable } from './funnel-steps-table';
import { useFunnel, type FunnelBody } from './funnels.api';
import { resolveRange } from '../query-controls/range';

/** Funnels: build the steps, calculate, read fans per step and conversion, export the fans of a step. */
export function FunnelsPage() {
  const { t } = useTranslation();
  const { workspace, timeZone, can } = useWorkspace();
  const [form, setForm] = useState<FunnelForm>(DEFAULT_FUNNEL_FORM);
  const [submitted, setSubmitted] = useState<FunnelBody | null>(null);
  const names = useEventNames(workspace.id, resolveRange(form.range, timeZone));
  const directory = useAccountDirectory(workspace.id);
  const funnel = useFunnel(workspace.id, submitted);
  const body = toFunnelBody(form, timeZone);
  const data = funnel.data;

  const valueLabel = (v: string | null) =>
    v === null ? t('funnels.noValue') : submitted?.breakdown?.field === 'account' ? (directory.account(v)?.name ?? v) : v;

  return (
    <>
      <PageHeader
        title={t('nav.funnels')}
        extra={can('analytics.write') && body ? <AddToDashboardButton kind="funnel" body={body} range={form.range} /> : null}
        subtitle={data ? <span data-testid="funnel-period">{t('funnels.period', { from: data.range.from, to: data.range.to })} · {zoneLabel(data.timeZone)}</span> : undefined}
      />
      <Card size="small" data-testid="funnel-builder">
        <FunnelBuilder form={form} onChange={setForm} names={names.data?.names ?? []} timeZone={timeZone} />
        <Space style={{ marginTop: 16 }} align="center" wrap>
          <Button type="primary" icon={<CaretRightOutlined />} disabled={!body} loading={funnel.isFetching} data-testid="funnel-run" onClick={() => setSubmitted(body)}>
            {t('funnels.run')}
          </Button>
          {!body ? <Typography.Text type="secondary">{t('funnels.incomplete')}</Typography.Text> : null}
        </Space>
      </Card>
      <div style={{ marginTop: 16 }}>
        {!submitted ? (
          <Card size="small">
            <EmptyState description={t('funnels.start')} />
          </Card>
        ) : funnel.isPending ? (
          <Loading testId="funnel-loading" />
        ) : funnel.error ? (
          <ErrorState error={funnel.error} onRetry={() => void funnel.refetch()} />
        ) : data && data.steps[0]!.fans === 0 ? (
          <Card size="small">
            <EmptyState description={t('funnels.empty')} />
          </Card>
        ) : data ? (
          <div data-testid="funnel-result">
            <Card size="small" title={t('funnels.chartTitle')}>
              <FunnelChart steps={data.steps} />
            </Card>
            <Card size="small" style={{ marginTop: 16 }} title={t('funnels.tableTitle')}>
              <FunnelStepsTable workspaceId={workspace.id} body={submitted} steps={data.steps} />
            </Card>
            {data.breakdown ? (
              <Card size="small" style={{ marginTop: 16 }} title={t('funnels.breakdownTitle')}>
                <FunnelBreakdownTable breakdown={data.breakdown} events={data.steps.map((s) => s.event)} label={valueLabel} />
              </Card>
            ) : null}
            <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
              {t('funnels.footnote')}
            </Typography.Paragraph>
          </div>
        ) : null}
      </div>
    </>
  );
}
