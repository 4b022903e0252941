import { CheckCircleFilled, PictureOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { Button, Card, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDuration } from './asset-format';
import type { Asset } from './assets.api';

const TILE = 180;

function Thumb({ asset }: { asset: Asset }) {
  const { t } = useTranslation();
  const box = { height: TILE, display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f5f5', position: 'relative' as const };
  return (
    <div style={box}>
      {asset.thumbnailUrl ? (
        <img src={asset.thumbnailUrl} alt={asset.name} loading="lazy" style={{ maxWidth: '100%', maxHeight: TILE, objectFit: 'contain' }} />
      ) : (
        <Typography.Text type="secondary">
          {asset.kind === 'video' ? <PlayCircleOutlined style={{ fontSize: 32 }} /> : <PictureOutlined style={{ fontSize: 32 }} />}
          <div>{t('assets.noThumbnail')}</div>
        </Typography.Text>
      )}
      {asset.kind === 'video' ? (
        <Tag color="black" style={{ position: 'absolute', right: 4, bottom: 4, margin: 0 }} icon={<PlayCircleOutlined />}>
          {formatDuration(asset.durationMs)}
        </Tag>
      ) : null}
    </div>
  );
}

/** Tiles of assets; in the picker a click toggles selection, on the library page it opens the details. */
export function AssetGrid({
  assets,
  onOpen,
  selected,
  hasMore,
  loadingMore,
  onLoadMore,
}: {
  assets: Asset[];
  onOpen: (a: Asset) => void;
  selected?: ReadonlySet<string>;
  hasMore?: boolean;
  loadingMore?: boolean;
  onLoadMore?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div data-testid="asset-grid" style={{ display: 'grid', gridTemplateColumns: `repeat(auto-fill, minmax(${TILE}px, 1fr))`, gap: 12 }}>
        {assets.map((a) => {
          const isSelected = selected?.has(a.id) ?? false;
          return (
            <Card
              key={a.id}
              hoverable
              size="small"
              data-testid="asset-tile"
              data-asset-id={a.id}
              aria-selected={selected ? isSelected : undefined}
              onClick={() => onOpen(a)}
              style={isSelected ? { outline: '2px solid #1677ff' } : undefined}
              cover={<Thumb asset={a} />}
              styles={{ body: { padding: 8 } }}
            >
              {isSelected ? <CheckCircleFilled style={{ color: '#1677ff', position: 'absolute', top: 8, left: 8, fontSize: 20 }} /> : null}
              <Typography.Text ellipsis={{ tooltip: a.name }} style={{ display: 'block' }}>
                {a.name}
              </Typography.Text>
              <div style={{ minHeight: 22 }}>
                {a.tags.slice(0, 3).map((tg) => (
                  <Tag key={tg} style={{ marginTop: 4 }}>
                    {tg}
                  </Tag>
                ))}
                {a.tags.length > 3 ? <Tag>+{a.tags.length - 3}</Tag> : null}
              </div>
            </Card>
          );
        })}
      </div>
      {hasMore ? (
        <div style={{ textAlign: 'center', marginTop: 16 }}>
          <Button loading={loadingMore} onClick={onLoadMore} data-testid="asset-load-more">
            {t('common.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}
