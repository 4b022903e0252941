import { CloseOutlined, PictureOutlined } from '@ant-design/icons';
import { Button, Image, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AssetPicker } from '../assets/asset-picker';
import { thumbnailUrl } from './studio.api';

/** Media of the master (or a variant): thumbnails in order, add from the asset library, remove. */
export function MediaField({
  workspaceId,
  value,
  onChange,
  disabled,
  testId = 'studio-media',
}: {
  workspaceId: string;
  value: { assetId: string }[];
  onChange: (media: { assetId: string }[]) => void;
  disabled?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div data-testid={testId}>
      <Space wrap size={8}>
        {value.map((m, i) => (
          <div key={`${m.assetId}-${i}`} data-testid="studio-media-item" style={{ position: 'relative', width: 80, height: 80, borderRadius: 6, overflow: 'hidden', background: '#f5f5f5' }}>
            <Image src={thumbnailUrl(workspaceId, m.assetId)} width={80} height={80} style={{ objectFit: 'cover' }} alt={m.assetId} preview={false} />
            {!disabled ? (
              <Button
                size="small"
                type="text"
                aria-label={t('studio.editor.removeMedia')}
                icon={<CloseOutlined />}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
                style={{ position: 'absolute', top: 0, right: 0, background: 'rgba(255,255,255,0.85)' }}
              />
            ) : null}
          </div>
        ))}
        {!disabled ? (
          <Button icon={<PictureOutlined />} onClick={() => setOpen(true)} data-testid={`${testId}-add`} style={{ height: 80 }}>
            {t('studio.editor.addMedia')}
          </Button>
        ) : null}
      </Space>
      <AssetPicker
        open={open}
        onClose={() => setOpen(false)}
        onPick={(picked) => onChange([...value, ...picked.filter((p) => !value.some((m) => m.assetId === p.id)).map((p) => ({ assetId: p.id }))])}
      />
    </div>
  );
}
