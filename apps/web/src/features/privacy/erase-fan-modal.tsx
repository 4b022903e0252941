import { Alert, App, Button, Form, Input, Modal, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../../lib/states';
import { useEraseFan, useFanName, useForgetFan, type EraseMode } from './privacy.api';

interface Values {
  mode: EraseMode;
  confirm: string;
}

/** Erase a fan: choose what happens to the events, type the fan's name or id, then back to the fans list. */
export function EraseFanModal({ workspaceId, fanId, open, onClose }: { workspaceId: string; fanId: string; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const fan = useFanName(workspaceId, fanId, open);
  const erase = useEraseFan(workspaceId, fanId);
  const forget = useForgetFan(workspaceId, fanId);
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const mode = Form.useWatch('mode', form);
  const name = fan.data?.displayName ?? '';
  const matches = (typed: string | undefined) => {
    const v = (typed ?? '').trim();
    return v !== '' && (v === name.trim() || v === fanId || v === fan.data?.id);
  };
  const confirm = Form.useWatch('confirm', form);
  return (
    <Modal open={open} title={t('privacy.eraseTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      <Alert type="warning" showIcon message={t('privacy.eraseWarning')} style={{ marginBottom: 16 }} />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        form={form}
        name="erase"
        layout="vertical"
        initialValues={{ mode: 'anonymise' }}
        onFinish={async (v) => {
          setError(undefined);
          try {
            const r = await erase.mutateAsync(v.mode);
            message.success(t('privacy.erased', { fans: r.fans, events: r.events, how: t(r.mode === 'delete' ? 'privacy.erasedHowDelete' : 'privacy.erasedHowAnonymise') }));
            onClose();
            navigate(`/w/${encodeURIComponent(workspaceId)}/fans`);
            forget();
          } catch (err) {
            setError(errorMessage(err));
          }
        }}
      >
        <Form.Item name="mode" label={t('privacy.eraseMode')} rules={[{ required: true }]}>
          <Radio.Group data-testid="erase-mode">
            <Space direction="vertical">
              <Radio value="anonymise" data-testid="erase-mode-anonymise">{t('privacy.eraseModeAnonymise')}</Radio>
              <Radio value="delete" data-testid="erase-mode-delete">{t('privacy.eraseModeDelete')}</Radio>
            </Space>
          </Radio.Group>
        </Form.Item>
        <Typography.Paragraph type="secondary">{t(mode === 'delete' ? 'privacy.eraseModeDeleteHelp' : 'privacy.eraseModeAnonymiseHelp')}</Typography.Paragraph>
        <Form.Item
          name="confirm"
          label={t('privacy.eraseConfirmLabel', { name: name || fanId })}
          rules={[{ validator: async (_r, v: string | undefined) => { if (!matches(v)) throw new Error(t('privacy.eraseConfirmMismatch')); } }]}
        >
          <Input data-testid="erase-confirm" autoComplete="off" />
        </Form.Item>
        <Button danger type="primary" htmlType="submit" disabled={!matches(confirm)} loading={erase.isPending} data-testid="erase-submit">
          {t('privacy.eraseSubmit')}
        </Button>
      </Form>
    </Modal>
  );
}
