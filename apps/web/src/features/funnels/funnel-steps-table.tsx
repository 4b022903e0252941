import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import { errorMessage } from '../../lib/states';
import { formatDuration } from './duration';
import { downloadFunnelFans, type FunnelBody, type FunnelStep } from './funnels.api';

/** One row per step: fans, conversion from the previous and the first step, drop-off, median time; CSV of the fans. */
export function FunnelStepsTable({ workspaceId, body, steps }: { workspaceId: string; body: FunnelBody; steps: FunnelStep[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState<string | null>(null);
  const exportFans = async (step: number, status: 'dropped' | 'converted') => {
    const key = `${status}-${step}`;
    setBusy(key);
    try {
      await downloadFunnelFans(workspaceId, { ...body, step, status });
    } catch (err) {
      void message.error(errorMessage(err));
    } finally {
      setBusy(null);
    }
  };
  return (
    <Table<FunnelStep>
      data-testid="funnel-table"
      size="small"
      rowKey="step"
      pagination={false}
      dataSource={steps}
      columns={[
        { title: t('funnels.step'), dataIndex: 'step', width: 64 },
        { title: t('funnels.event'), dataIndex: 'event', render: (v: string, s) => <span data-testid={`funnel-event-${s.step}`}>{v}</span> },
        { title: t('funnels.fans'), dataIndex: 'fans', align: 'right', render: (v: number, s) => <span data-testid={`funnel-fans-${s.step}`}>{formatInteger(v)}</span> },
        {
          title: t('funnels.fromPrevious'),
          dataIndex: 'conversionFromPrevious',
          align: 'right',
          render: (v: number, s) => <span data-testid={`funnel-prev-${s.step}`}>{s.step === 1 ? '—' : formatRate(v)}</span>,
        },
        { title: t('funnels.fromFirst'), dataIndex: 'conversionFromFirst', align: 'right', render: (v: number, s) => <span data-testid={`funnel-first-${s.step}`}>{formatRate(v)}</span> },
        { title: t('funnels.dropped'), dataIndex: 'dropped', align: 'right', render: (v: number, s) => <span data-testid={`funnel-dropped-${s.step}`}>{s.step === 1 ? '—' : formatInteger(v)}</span> },
        {
          title: t('funnels.medianTime'),
          dataIndex: 'medianSecondsFromPrevious',
          align: 'right',
          render: (v: number | null, s) => <span data-testid={`funnel-median-${s.step}`}>{formatDuration(v, t)}</span>,
        },
        {
          title: t('funnels.exportFans'),
          key: 'export',
          render: (_: unknown, s) => (
            <Space size={4} wrap>
              {s.step > 1 ? (
                <Button size="small" icon={<DownloadOutlined />} loading={busy === `dropped-${s.step}`} disabled={s.dropped === 0} data-testid={`funnel-export-dropped-${s.step}`} onClick={() => void exportFans(s.step, 'dropped')}>
                  {t('funnels.exportDropped')}
                </Button>
              ) : null}
              <Button size="small" type="text" icon={<DownloadOutlined />} loading={busy === `converted-${s.step}`} disabled={s.fans === 0} data-testid={`funnel-export-converted-${s.step}`} onClick={() => void exportFans(s.step, 'converted')}>
                {t('funnels.exportReached')}
              </Button>
            </Space>
          ),
        },
      ]}
    />
  );
}
