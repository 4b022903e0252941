import { Table, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import type { RetentionResult } from './retention.api';

type Cohort = RetentionResult['cohorts'][number];

/** The cohort table: size, then per period the share (and number) of the cohort who came back; blank = not reached yet. */
export function RetentionTable({ result }: { result: RetentionResult }) {
  const { t } = useTranslation();
  const periods = Array.from({ length: result.periods }, (_, i) => i);
  return (
    <Table<Cohort>
      data-testid="retention-table"
      size="small"
      rowKey="cohort"
      pagination={false}
      scroll={{ x: true }}
      dataSource={result.cohorts}
      columns={[
        { title: t(`retention.cohortOf.${result.interval}`), dataIndex: 'cohort', fixed: 'left', width: 120 },
        { title: t('retention.size'), dataIndex: 'size', align: 'right', width: 90, render: (v: number, c) => <span data-testid={`retention-size-${c.cohort}`}>{formatInteger(v)}</span> },
        ...periods.map((i) => ({
          title: t(`retention.periodN.${result.interval}`, { n: i + 1 }),
          key: `p${i}`,
          align: 'right' as const,
          width: 88,
          onCell: (c: Cohort) => ({ style: { background: c.size === 0 || c.rates[i] === null || c.rates[i] === undefined ? undefined : `rgba(79, 70, 229, ${0.06 + 0.6 * (c.rates[i] ?? 0)})` } }),
          render: (_: unknown, c: Cohort) =>
            c.returned[i] === null ? (
              <span data-testid={`retention-cell-${c.cohort}-${i + 1}`} />
            ) : (
              <Tooltip title={t('retention.cellTip', { n: formatInteger(c.returned[i]), size: formatInteger(c.size) })}>
                <span data-testid={`retention-cell-${c.cohort}-${i + 1}`}>{c.size === 0 ? '—' : formatRate(c.rates[i])}</span>
              </Tooltip>
            ),
        })),
      ]}
    />
  );
}
