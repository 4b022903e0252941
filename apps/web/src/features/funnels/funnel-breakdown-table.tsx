import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import type { FunnelResult } from './funnels.api';

type Breakdown = NonNullable<FunnelResult['breakdown']>;
type Row = Breakdown['values'][number];

/** Per breakdown value: fans at every step and the conversion from step 1. */
export function FunnelBreakdownTable({ breakdown, events, label }: { breakdown: Breakdown; events: string[]; label: (value: string | null) => string }) {
  const { t } = useTranslation();
  return (
    <>
      <Table<Row>
        data-testid="funnel-breakdown"
        size="small"
        rowKey={(r) => r.value ?? '\u0000none'}
        pagination={false}
        scroll={{ x: true }}
        dataSource={breakdown.values}
        columns={[
          { title: t('funnels.breakdownValue'), key: 'value', fixed: 'left', render: (_: unknown, r) => label(r.value) },
          ...events.map((event, k) => ({
            title: `${k + 1}. ${event}`,
            key: `s${k}`,
            align: 'right' as const,
            render: (_: unknown, r: Row) => (
              <span>
                {formatInteger(r.steps[k]?.fans)}
                {k > 0 ? <Typography.Text type="secondary"> · {formatRate(r.steps[k]?.conversionFromFirst)}</Typography.Text> : null}
              </span>
            ),
          })),
        ]}
      />
      {breakdown.totalValues > breakdown.values.length ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
          {t('funnels.breakdownTruncated', { shown: breakdown.values.length, total: breakdown.totalValues })}
        </Typography.Paragraph>
      ) : null}
    </>
  );
}
