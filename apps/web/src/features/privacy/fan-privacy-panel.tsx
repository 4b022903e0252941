import { DeleteOutlined, DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../lib/workspace-context';
import { ConsentHistory } from './consent-history';
import { EraseFanModal } from './erase-fan-modal';
import { fanExportUrl } from './privacy.api';
import { RecordConsentModal } from './record-consent-modal';

/** Privacy section of a fan profile: consent history (+ record), and for privacy.manage export and erasure. */
export function FanPrivacyPanel({ workspaceId, fanId }: { workspaceId: string; fanId: string }) {
  const { t } = useTranslation();
  const { can } = useWorkspace();
  const manage = can('privacy.manage');
  const [recording, setRecording] = useState(false);
  const [erasing, setErasing] = useState(false);
  return (
    <Card
      title={t('privacy.title')}
      data-testid="fan-privacy"
      extra={
        manage ? (
          <Space wrap>
            <Tooltip title={t('privacy.exportHelp')}>
              <Button icon={<DownloadOutlined />} href={fanExportUrl(workspaceId, fanId)} data-testid="fan-export">{t('privacy.exportData')}</Button>
            </Tooltip>
            <Button danger icon={<DeleteOutlined />} onClick={() => setErasing(true)} data-testid="fan-erase">{t('privacy.eraseData')}</Button>
          </Space>
        ) : null
      }
    >
      {!manage ? <Alert type="info" showIcon message={t('privacy.noPermission')} style={{ marginBottom: 12 }} /> : null}
      <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: 8 }}>
        <Typography.Title level={5} style={{ margin: 0 }}>{t('privacy.consentTitle')}</Typography.Title>
        {manage ? (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="consent-record">{t('privacy.recordConsent')}</Button>
        ) : null}
      </div>
      <ConsentHistory workspaceId={workspaceId} fanId={fanId} />
      {manage ? (
        <>
          <RecordConsentModal workspaceId={workspaceId} fanId={fanId} open={recording} onClose={() => setRecording(false)} />
          <EraseFanModal workspaceId={workspaceId} fanId={fanId} open={erasing} onClose={() => setErasing(false)} />
        </>
      ) : null}
    </Card>
  );
}
