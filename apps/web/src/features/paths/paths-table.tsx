import { ArrowRightOutlined } from '@ant-design/icons';
import { Space, Table, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import type { PathSequence, PathsResult } from './paths.api';

/** A path as tags in time order, with the anchor at its start (after) or its end (before). */
function PathTags({ anchor, direction, events }: { anchor: string; direction: 'after' | 'before'; events: string[] }) {
  const { t } = useTranslation();
  const items = [
    ...(direction === 'after' ? [{ name: anchor, anchor: true }] : []),
    ...events.map((name) => ({ name, anchor: false })),
    ...(direction === 'before' ? [{ name: anchor, anchor: true }] : []),
  ];
  return (
    <Space size={4} wrap>
      {items.map((it, i) => (
        <Fragment key={i}>
          {i > 0 ? <ArrowRightOutlined style={{ color: '#bfbfbf', fontSize: 10 }} /> : null}
          <Tag color={it.anchor ? 'purple' : undefined} style={{ marginInlineEnd: 0 }}>{it.name}</Tag>
        </Fragment>
      ))}
      {events.length === 0 ? <Typography.Text type="secondary">{t(`paths.nothing.${direction}`)}</Typography.Text> : null}
    </Space>
  );
}

export function PathsTable({ result, anchor }: { result: PathsResult; anchor: string }) {
  const { t } = useTranslation();
  return (
    <Table<PathSequence & { rank: number }>
      data-testid="paths-table"
      size="small"
      rowKey="rank"
      pagination={false}
      dataSource={result.sequences.map((s, i) => ({ ...s, rank: i + 1 }))}
      columns={[
        { title: '#', dataIndex: 'rank', width: 48 },
        { title: t('paths.path'), key: 'path', render: (_: unknown, s) => <PathTags anchor={anchor} direction={result.direction} events={s.events} /> },
        {
          title: t('paths.fans'),
          dataIndex: 'fans',
          align: 'right',
          render: (v: number, s) => (
            <span data-testid={`paths-fans-${s.rank}`}>
              {formatInteger(v)} <Typography.Text type="secondary">· {formatRate(result.totalFans ? v / result.totalFans : 0)}</Typography.Text>
            </span>
          ),
        },
        { title: t('paths.occurrences'), dataIndex: 'occurrences', align: 'right', render: (v: number, s) => <span data-testid={`paths-occurrences-${s.rank}`}>{formatInteger(v)}</span> },
      ]}
    />
  );
}
