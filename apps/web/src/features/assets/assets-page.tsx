import { Button, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { useWorkspace } from '../../lib/workspace-context';
import { AssetBrowser } from './asset-browser';
import { AssetDrawer } from './asset-drawer';
import { AssetUploader } from './asset-uploader';
import type { Asset } from './assets.api';
import { useAssetBrowser } from './use-asset-browser';

/** The asset library: search and filter, upload (content.write), details drawer with where-used. */
export function AssetsPage() {
  const { t } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const writable = can('content.write');
  const browser = useAssetBrowser(workspace.id);
  const [open, setOpen] = useState<Asset | null>(null);
  const [uploading, setUploading] = useState(false);
  // the drawer follows the list, so renames and tag edits show at once
  const current = open ? (browser.assets.find((a) => a.id === open.id) ?? open) : null;

  return (
    <>
      <PageHeader
        title={t('nav.assets')}
        subtitle={t('assets.subtitle')}
        extra={
          writable ? (
            <Button type="primary" data-testid="asset-upload-open" onClick={() => setUploading(true)}>
              {t('assets.upload')}
            </Button>
          ) : null
        }
      />
      {!writable ? (
        <Typography.Paragraph type="secondary" data-testid="assets-read-only">
          {t('assets.readOnly')}
        </Typography.Paragraph>
      ) : null}
      <AssetBrowser workspaceId={workspace.id} timeZone={timeZone} browser={browser} onOpen={setOpen} />
      <AssetDrawer asset={current} onClose={() => setOpen(null)} />
      <Modal open={uploading} title={t('assets.upload')} footer={null} onCancel={() => setUploading(false)} destroyOnHidden>
        <AssetUploader workspaceId={workspace.id} />
      </Modal>
    </>
  );
}
