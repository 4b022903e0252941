import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Segmented, Space, Tooltip } from 'antd';
import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import { EmptyState } from '../../lib/states';
import { zoneLabel } from '../../lib/time';
import type { Heatmap } from './content-insight.api';
import { echarts } from './echarts';

type Value = 'posts' | 'avgEngagementRate' | 'avgEngagements';
const VALUES: Value[] = ['posts', 'avgEngagementRate', 'avgEngagements'];
const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Weekday × local hour of the posts published, coloured by posts, mean engagement rate or mean engagements. */
export function PostingHeatmap({ data }: { data: Heatmap }) {
  const { t } = useTranslation();
  const [value, setValue] = useState<Value>('avgEngagementRate');
  const byCell = new Map(data.cells.map((c) => [`${c.weekday}:${c.hour}`, c]));
  const fmt = (v: number) => (value === 'avgEngagementRate' ? formatRate(v) : value === 'posts' ? formatInteger(v) : v.toFixed(1));
  const max = Math.max(0, ...data.cells.map((c) => c[value]));
  // Monday on top: the y axis runs bottom-up, so Sunday is index 0
  const yOf = (weekday: number) => 7 - weekday;
  const weekdayName = (w: number) => t(`contentInsight.heatmap.weekdays.${String(w) as (typeof WEEKDAYS)[number]}`);

  return (
    <Card
      size="small"
      title={
        <Space wrap>
          <span>{t('contentInsight.heatmap.title', { zone: zoneLabel(data.timeZone) })}</span>
          <Tooltip title={t('contentInsight.heatmap.help')}>
            <InfoCircleOutlined style={{ color: '#8c8c8c' }} />
          </Tooltip>
        </Space>
      }
      extra={
        <Segmented<Value>
          data-testid="heatmap-value"
          value={value}
          onChange={setValue}
          options={VALUES.map((v) => ({ value: v, label: t(`contentInsight.heatmap.values.${v}`) }))}
        />
      }
    >
      {data.cells.length === 0 ? (
        <EmptyState description={t('contentInsight.heatmap.empty')} />
      ) : (
        <div data-testid="posting-heatmap" data-cells={data.cells.length}>
          <ReactEChartsCore
            echarts={echarts}
            style={{ height: 340 }}
            notMerge
            option={{
              grid: { left: 8, right: 8, top: 8, bottom: 60, containLabel: true },
              tooltip: {
                formatter: (p: { data: [number, number, number] }) => {
                  const [hour, y] = p.data;
                  const c = byCell.get(`${7 - y}:${hour}`);
                  const head = t('contentInsight.heatmap.tooltip', { weekday: weekdayName(7 - y), hour });
                  if (!c) return head;
                  return [
                    head,
                    `${t('contentInsight.heatmap.values.posts')}: ${formatInteger(c.posts)}`,
                    `${t('contentInsight.heatmap.values.avgEngagementRate')}: ${formatRate(c.avgEngagementRate)}`,
                    `${t('contentInsight.heatmap.values.avgEngagements')}: ${c.avgEngagements.toFixed(1)}`,
                  ].join('<br/>');
                },
              },
              xAxis: { type: 'category', data: HOURS.map((h) => t('contentInsight.heatmap.hour', { hour: h })), splitArea: { show: true } },
              yAxis: { type: 'category', data: [...WEEKDAYS].reverse().map((w) => weekdayName(Number(w))), splitArea: { show: true } },
              visualMap: {
                min: 0,
                max: max || 1,
                calculable: true,
                orient: 'horizontal',
                left: 'center',
                bottom: 0,
                formatter: (v: number) => fmt(v),
                inRange: { color: ['#eef2ff', '#4f46e5'] },
              },
              series: [
                {
                  type: 'heatmap',
                  data: data.cells.map((c) => [c.hour, yOf(c.weekday), c[value]]),
                  label: { show: value === 'posts' },
                  emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0,0,0,0.3)' } },
                },
              ],
            }}
          />
        </div>
      )}
    </Card>
  );
}
