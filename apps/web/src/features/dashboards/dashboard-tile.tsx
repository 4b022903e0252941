import { ArrowDownOutlined, ArrowUpOutlined, ColumnHeightOutlined, ColumnWidthOutlined, DeleteOutlined, FileImageOutlined, FileTextOutlined, LineChartOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Dropdown, Space, Tag, Tooltip, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { echarts } from '../overview/echarts';
import { download, downloadCsv, fileNameOf } from './csv';
import type { DashboardRun, TileResult } from './dashboards.api';
import { useTileView } from './tile-content';

export interface TileEditing {
  canMoveUp: boolean;
  canMoveDown: boolean;
  move(delta: -1 | 1): void;
  /** New width (Ant Design columns of 24) and height (rows). */
  resize(w: number, h: number): void;
  remove(): void;
  /** Opens the tile's query in its builder (trends: /trends?query=…); absent for kinds without one here. */
  open?: () => void;
}

const WIDTHS = [6, 8, 12, 16, 24];

/** One tile: its chart and totals, per-tile CSV/PNG export, and (for writers) move, resize and remove. */
export function DashboardTile({ tile, index, run, editing }: { tile: TileResult; index: number; run: Pick<DashboardRun, 'accounts' | 'metrics'>; editing?: TileEditing }) {
  const { t } = useTranslation();
  const body = useRef<HTMLDivElement>(null);
  const { view, csv } = useTileView(tile, index, run);
  const exportCsv = () => csv && downloadCsv(csv, tile.name);
  // any ECharts chart of the tile, whichever kind drew it
  const exportPng = () => {
    const el = body.current?.querySelector<HTMLElement>('.echarts-for-react');
    const instance = el ? echarts.getInstanceByDom(el) : undefined;
    if (instance) download(instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#fff' }), fileNameOf(tile.name, 'png'));
  };
  const canExport = csv !== null;

  return (
    <Card
      size="small"
      data-testid={`tile-${index}`}
      data-query-id={tile.queryId}
      style={{ height: '100%' }}
      title={
        <Space size={6}>
          <Typography.Text strong ellipsis style={{ maxWidth: 320 }} data-testid={`tile-${index}-name`}>{tile.name}</Typography.Text>
          {tile.kind ? <Tag>{t(`dashboards.kinds.${tile.kind}`)}</Tag> : null}
        </Space>
      }
      extra={
        <Space size={2}>
          <Tooltip title={t('dashboards.exportCsv')}>
            <Button size="small" type="text" icon={<FileTextOutlined />} disabled={!canExport} onClick={exportCsv} data-testid={`tile-${index}-csv`} aria-label={t('dashboards.exportCsv')} />
          </Tooltip>
          <Tooltip title={t('dashboards.exportPng')}>
            <Button size="small" type="text" icon={<FileImageOutlined />} disabled={!canExport} onClick={exportPng} data-testid={`tile-${index}-png`} aria-label={t('dashboards.exportPng')} />
          </Tooltip>
          {editing?.open ? (
            <Tooltip title={t('dashboards.openQuery')}>
              <Button size="small" type="text" icon={<LineChartOutlined />} onClick={editing.open} data-testid={`tile-${index}-open`} aria-label={t('dashboards.openQuery')} />
            </Tooltip>
          ) : null}
          {editing ? (
            <>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={!editing.canMoveUp} onClick={() => editing.move(-1)} data-testid={`tile-${index}-up`} aria-label={t('dashboards.moveUp')} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={!editing.canMoveDown} onClick={() => editing.move(1)} data-testid={`tile-${index}-down`} aria-label={t('dashboards.moveDown')} />
              <Dropdown
                trigger={['click']}
                menu={{
                  items: WIDTHS.map((w) => ({ key: String(w), label: t('dashboards.widthOption', { n: w }), disabled: w === tile.w })),
                  onClick: ({ key }) => editing.resize(Number(key), tile.h),
                }}
              >
                <Button size="small" type="text" icon={<ColumnWidthOutlined />} data-testid={`tile-${index}-width`} aria-label={t('dashboards.width')} />
              </Dropdown>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [1, 2, 3, 4].map((h) => ({ key: String(h), label: t('dashboards.heightOption', { n: h }), disabled: h === tile.h })),
                  onClick: ({ key }) => editing.resize(tile.w, Number(key)),
                }}
              >
                <Button size="small" type="text" icon={<ColumnHeightOutlined />} data-testid={`tile-${index}-height`} aria-label={t('dashboards.height')} />
              </Dropdown>
              <Button size="small" type="text" danger icon={<DeleteOutlined />} onClick={editing.remove} data-testid={`tile-${index}-remove`} aria-label={t('dashboards.removeTile')} />
            </>
          ) : null}
        </Space>
      }
    >
      <div ref={body}>
        {tile.error ? (
          <Alert type={tile.error.code === 'not_available' ? 'info' : 'error'} showIcon message={t('dashboards.tileFailed')} description={tile.error.message} data-testid={`tile-${index}-error`} />
        ) : view ? (
          view
        ) : (
          <Alert type="info" showIcon message={t('dashboards.notShown', { kind: tile.kind ?? '—' })} data-testid={`tile-${index}-unsupported`} />
        )}
      </div>
    </Card>
  );
}
