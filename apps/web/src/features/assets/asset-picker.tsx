import { Modal, Tabs, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../lib/workspace-context';
import { AssetBrowser } from './asset-browser';
import { AssetUploader } from './asset-uploader';
import type { Asset } from './assets.api';
import { useAssetBrowser } from './use-asset-browser';

export interface PickedAsset {
  id: string;
  kind: 'image' | 'video';
  thumbnailUrl: string | null;
}

export interface AssetPickerProps {
  open: boolean;
  onClose: () => void;
  onPick: (assets: PickedAsset[]) => void;
  /** Only images or only videos (e.g. a platform that takes one kind). */
  accept?: 'image' | 'video';
}

/**
 * Modal to choose one or more assets from the library (click tiles to select, in click order), or
 * upload new ones — an upload is selected at once. Used by the content editor.
 */
export function AssetPicker({ open, onClose, onPick, accept }: AssetPickerProps) {
  const { t } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const browser = useAssetBrowser(workspace.id, accept);
  const [chosen, setChosen] = useState<Asset[]>([]);
  const [tab, setTab] = useState('library');
  const toggle = (a: Asset) => setChosen((c) => (c.some((x) => x.id === a.id) ? c.filter((x) => x.id !== a.id) : [...c, a]));
  const close = () => {
    setChosen([]);
    setTab('library');
    onClose();
  };
  const confirm = () => {
    onPick(chosen.map((a) => ({ id: a.id, kind: a.kind, thumbnailUrl: a.thumbnailUrl })));
    close();
  };
  const library = (
    <AssetBrowser
      workspaceId={workspace.id}
      timeZone={timeZone}
      browser={browser}
      onOpen={toggle}
      selected={new Set(chosen.map((a) => a.id))}
      lockKind={accept}
    />
  );
  const uploader = (
    <AssetUploader
      workspaceId={workspace.id}
      accept={accept}
      onUploaded={(a) => {
        if (!accept || a.kind === accept) setChosen((c) => (c.some((x) => x.id === a.id) ? c : [...c, a]));
      }}
    />
  );
  return (
    <Modal
      open={open}
      title={t('assets.picker.title')}
      width={960}
      onCancel={close}
      onOk={confirm}
      okText={t('assets.picker.confirm', { count: chosen.length })}
      okButtonProps={{ disabled: chosen.length === 0, 'data-testid': 'asset-picker-confirm' } as ButtonProps}
      destroyOnHidden
      data-testid="asset-picker"
    >
      <Tabs
        activeKey={tab}
        onChange={setTab}
        items={[
          { key: 'library', label: t('assets.picker.library'), children: library },
          ...(can('content.write') ? [{ key: 'upload', label: t('assets.picker.uploadTab'), children: uploader }] : []),
        ]}
      />
    </Modal>
  );
}
