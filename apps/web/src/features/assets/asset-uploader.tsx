import { InboxOutlined } from '@ant-design/icons';
import { App, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import { UPLOAD_LIMIT_LABELS } from './asset-format';
import { uploadAsset, useAssetMutations, type Asset } from './assets.api';
import { captureVideoPoster } from './video-poster';

const ACCEPT = {
  image: 'image/jpeg,image/png,image/gif,image/webp,image/avif',
  video: 'video/mp4,video/quicktime,.mp4,.mov,.m4v',
};

/** Drag-and-drop upload with per-file progress; a video's poster frame is captured here, in the browser. */
export function AssetUploader({ workspaceId, accept, onUploaded }: { workspaceId: string; accept?: 'image' | 'video'; onUploaded?: (asset: Asset) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { refresh } = useAssetMutations(workspaceId);

  const customRequest: UploadProps['customRequest'] = async ({ file, onProgress, onSuccess, onError }) => {
    const f = file as File;
    try {
      let poster: Blob | null = null;
      if (f.type.startsWith('video/') || /\.(mp4|mov|m4v)$/i.test(f.name)) {
        poster = await captureVideoPoster(f);
        if (!poster) message.warning(t('assets.posterFailed', { name: f.name }));
      }
      const res = await uploadAsset(workspaceId, f, { poster, onProgress: (percent) => onProgress?.({ percent }) });
      onSuccess?.(res.asset);
      message.success(t(res.created ? 'assets.uploaded' : 'assets.duplicate', { name: res.asset.name }));
      await refresh();
      onUploaded?.(res.asset);
    } catch (err) {
      message.error(t('assets.uploadFailed', { name: f.name, message: errorMessage(err) }));
      onError?.(err as Error);
    }
  };

  return (
    <Upload.Dragger
      data-testid="asset-uploader"
      multiple
      accept={accept ? ACCEPT[accept] : `${ACCEPT.image},${ACCEPT.video}`}
      customRequest={customRequest}
      showUploadList={{ showRemoveIcon: false }}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{t('assets.dropHint')}</p>
      <p className="ant-upload-hint">{t('assets.dropLimits', UPLOAD_LIMIT_LABELS)}</p>
    </Upload.Dragger>
  );
}
