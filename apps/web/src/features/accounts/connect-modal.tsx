import { ThunderboltOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Form, Modal, Row, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading, errorMessage } from '../../lib/states';
import { useWorkspace } from '../../lib/workspace-context';
import { localized, useAccountMutations, useBrands, usePlatforms, type ConnectBody, type PlatformInfo } from './accounts.api';
import { CredentialsForm } from './credentials-form';

/** Pick a brand, then a platform: sandbox connects in one click, the others ask for credentials. */
export function ConnectModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const { workspace } = useWorkspace();
  const brands = useBrands(workspace.id);
  const platforms = usePlatforms(workspace.id);
  const { connect } = useAccountMutations(workspace.id);
  const { message } = App.useApp();
  const [brandId, setBrandId] = useState<string>();
  const [simulates, setSimulates] = useState<string>();
  const [chosen, setChosen] = useState<PlatformInfo>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    if (!brandId && brands.data?.[0]) setBrandId(brands.data[0].id);
  }, [brands.data, brandId]);

  const close = () => {
    setChosen(undefined);
    setError(undefined);
    onClose();
  };

  const doConnect = async (platform: string, extra: Omit<ConnectBody, 'brandId' | 'platform'>) => {
    if (!brandId) return;
    const account = await connect.mutateAsync({ brandId, platform, ...extra });
    message.success(t('accounts.connected', { name: account.name }));
    close();
  };

  const others = (platforms.data ?? []).filter((p) => !p.oneClick);
  const oneClick = (platforms.data ?? []).filter((p) => p.oneClick);

  return (
    <Modal open={open} title={t('accounts.connect')} onCancel={close} footer={null} width={760} destroyOnHidden>
      {brands.isPending || platforms.isPending ? (
        <Loading />
      ) : brands.error || platforms.error ? (
        <ErrorState error={brands.error ?? platforms.error} />
      ) : (brands.data ?? []).length === 0 ? (
        <Alert type="warning" showIcon message={t('accounts.needBrand')} />
      ) : chosen ? (
        <CredentialsForm platform={chosen} busy={connect.isPending} onBack={() => setChosen(undefined)} onSubmit={(v) => doConnect(chosen.platform, v)} />
      ) : (
        <>
          <Form layout="vertical">
            <Form.Item label={t('accounts.brand')}>
              <Select data-testid="connect-brand" value={brandId} onChange={setBrandId} options={(brands.data ?? []).map((b) => ({ value: b.id, label: b.name }))} />
            </Form.Item>
          </Form>
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
          {oneClick.map((p) => (
            <Card key={p.platform} size="small" style={{ marginBottom: 16, background: '#f8f7ff' }}>
              <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
                <div>
                  <Typography.Text strong>{localized(p.name, i18n.language)}</Typography.Text>{' '}
                  <Tag color="purple">{t('accounts.oneClick')}</Tag>
                  <div><Typography.Text type="secondary">{t('accounts.sandboxHelp')}</Typography.Text></div>
                </div>
                <Space>
                  <Select
                    allowClear
                    data-testid="sandbox-simulates"
                    placeholder={t('accounts.simulates')}
                    style={{ width: 180 }}
                    value={simulates}
                    onChange={setSimulates}
                    options={others.map((o) => ({ value: o.platform, label: localized(o.name, i18n.language) }))}
                  />
                  <Button
                    type="primary"
                    icon={<ThunderboltOutlined />}
                    loading={connect.isPending}
                    disabled={!brandId}
                    data-testid={`connect-${p.platform}`}
                    onClick={() => {
                      setError(undefined);
                      doConnect(p.platform, simulates ? { simulates } : {}).catch((e) => setError(errorMessage(e)));
                    }}
                  >
                    {t('accounts.connectOneClick')}
                  </Button>
                </Space>
              </Space>
            </Card>
          ))}
          <Typography.Text type="secondary">{t('accounts.otherPlatforms')}</Typography.Text>
          <Row gutter={[12, 12]} style={{ marginTop: 8 }}>
            {others.map((p) => (
              <Col key={p.platform} xs={12} sm={8}>
                <Card size="small" hoverable onClick={() => setChosen(p)} data-testid={`platform-${p.platform}`}>
                  <Typography.Text strong>{localized(p.name, i18n.language)}</Typography.Text>
                  <div>
                    <Tag color={p.connector === 'available' ? 'green' : 'default'}>{t(`accounts.connector.${p.connector}`)}</Tag>
                  </div>
                </Card>
              </Col>
            ))}
          </Row>
        </>
      )}
    </Modal>
  );
}
