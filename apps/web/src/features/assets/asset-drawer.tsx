import { App, Button, Descriptions, Drawer, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../lib/api';
import { errorMessage, ErrorState, Loading } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { formatBytes, formatDimensions, formatDuration, tagDiff } from './asset-format';
import { useAssetMutations, useAssetTags, useAssetUsage, type Asset } from './assets.api';

function WhereUsed({ workspaceId, assetId }: { workspaceId: string; assetId: string }) {
  const { t } = useTranslation();
  const usage = useAssetUsage(workspaceId, assetId);
  if (usage.isLoading) return <Loading testId="asset-usage-loading" />;
  if (usage.error) return <ErrorState error={usage.error} onRetry={() => usage.refetch()} />;
  return (
    <List
      data-testid="asset-usage"
      size="small"
      locale={{ emptyText: t('assets.notUsed') }}
      dataSource={usage.data ?? []}
      renderItem={(u) => (
        <List.Item extra={<Tag>{u.status}</Tag>}>
          <Link to={`/w/${workspaceId}/studio/${u.contentId}`}>{u.title || u.contentId}</Link>
        </List.Item>
      )}
    />
  );
}

/** One asset: preview, metadata, rename, tags, where-used and delete (force for owners/admins while in use). */
export function AssetDrawer({ asset, onClose }: { asset: Asset | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { workspace, can, timeZone } = useWorkspace();
  const writable = can('content.write');
  const isAdmin = workspace.role === 'owner' || workspace.role === 'admin';
  const { update, remove } = useAssetMutations(workspace.id);
  const usage = useAssetUsage(workspace.id, asset?.id ?? null);
  const tags = useAssetTags(workspace.id);
  if (!asset) return <Drawer open={false} onClose={onClose} />;
  const used = usage.data?.length ?? 0;

  const setTags = (next: string[]) => {
    update.mutate(
      { id: asset.id, body: tagDiff(asset.tags, next) },
      { onSuccess: () => message.success(t('assets.tagsSaved')), onError: (e) => message.error(errorMessage(e)) },
    );
  };
  const rename = (name: string) => {
    if (!name.trim() || name === asset.name) return;
    update.mutate({ id: asset.id, body: { name } }, { onSuccess: () => message.success(t('assets.renamed')), onError: (e) => message.error(errorMessage(e)) });
  };
  const del = (force: boolean) =>
    remove.mutate(
      { id: asset.id, force },
      {
        onSuccess: () => {
          message.success(t('assets.deleted'));
          onClose();
        },
        onError: (e) => message.error(e instanceof ApiError && e.code === 'asset_in_use' ? t('assets.inUse') : errorMessage(e)),
      },
    );

  return (
    <Drawer open title={t('assets.details')} width={520} onClose={onClose} data-testid="asset-drawer" destroyOnHidden>
      <div style={{ background: '#f5f5f5', textAlign: 'center', marginBottom: 16 }}>
        {asset.kind === 'video' ? (
          <video src={asset.url} poster={asset.thumbnailUrl ?? undefined} controls preload="metadata" style={{ maxWidth: '100%', maxHeight: 320 }} />
        ) : (
          <img src={asset.url} alt={asset.name} style={{ maxWidth: '100%', maxHeight: 320 }} />
        )}
      </div>
      <Descriptions column={1} size="small" bordered>
        <Descriptions.Item label={t('assets.name')}>
          <Typography.Text data-testid="asset-name" editable={writable ? { onChange: rename, tooltip: t('assets.rename') } : false}>
            {asset.name}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('assets.type')}>{asset.mimeType}</Descriptions.Item>
        <Descriptions.Item label={t('assets.size')}>{formatBytes(asset.bytes)}</Descriptions.Item>
        <Descriptions.Item label={t('assets.dimensions')}>{formatDimensions(asset.width, asset.height)}</Descriptions.Item>
        {asset.kind === 'video' ? <Descriptions.Item label={t('assets.duration')}>{formatDuration(asset.durationMs)}</Descriptions.Item> : null}
        <Descriptions.Item label={t('assets.uploadedAt')}>{formatDateTime(asset.createdAt, timeZone)}</Descriptions.Item>
        <Descriptions.Item label={t('assets.tags')}>
          {writable ? (
            <Select
              mode="tags"
              data-testid="asset-tags-edit"
              style={{ width: '100%' }}
              placeholder={t('assets.addTag')}
              value={asset.tags}
              onChange={setTags}
              loading={update.isPending}
              options={(tags.data ?? []).map((tg) => ({ value: tg.tag }))}
            />
          ) : (
            asset.tags.map((tg) => <Tag key={tg}>{tg}</Tag>)
          )}
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('assets.whereUsed')}
      </Typography.Title>
      <WhereUsed workspaceId={workspace.id} assetId={asset.id} />
      <Space style={{ marginTop: 24 }}>
        <Button href={asset.url} target="_blank" rel="noreferrer">
          {t('assets.open')}
        </Button>
        {writable && used === 0 ? (
          <Popconfirm title={t('assets.deleteConfirm')} onConfirm={() => del(false)}>
            <Button danger data-testid="asset-delete" loading={remove.isPending} disabled={usage.isLoading}>
              {t('assets.delete')}
            </Button>
          </Popconfirm>
        ) : null}
        {writable && used > 0 && isAdmin ? (
          <Popconfirm title={t('assets.deleteForceConfirm', { count: used })} onConfirm={() => del(true)}>
            <Button danger data-testid="asset-delete-force" loading={remove.isPending}>
              {t('assets.deleteForce')}
            </Button>
          </Popconfirm>
        ) : null}
        {writable && used > 0 && !isAdmin ? <Typography.Text type="secondary">{t('assets.inUse')}</Typography.Text> : null}
      </Space>
    </Drawer>
  );
}
