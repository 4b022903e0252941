import { LockOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import { localized, type PlatformInfo } from './accounts.api';

interface Values {
  name?: string;
  credentials: Record<string, string>;
}

/** What a platform needs: its credential fields, the callback URL to register, the approval note. */
export function CredentialsForm(props: { platform: PlatformInfo; busy: boolean; onSubmit: (v: { name?: string; credentials: Record<string, string> }) => Promise<unknown>; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const p = props.platform;
  const note = localized(p.approvalNote, i18n.language);
  return (
    <Form
      form={form}
      layout="vertical"
      data-testid={`credentials-form-${p.platform}`}
      initialValues={{ credentials: Object.fromEntries(p.credentialFields.map((f) => [f.key, ''])) }}
      onFinish={async (v) => {
        setError(undefined);
        const credentials = Object.fromEntries(Object.entries(v.credentials ?? {}).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
        try {
          await props.onSubmit({ ...(v.name?.trim() ? { name: v.name.trim() } : {}), credentials });
        } catch (err) {
          setError(applyFieldErrors(form, err));
        }
      }}
    >
      <Typography.Title level={5} style={{ marginTop: 0 }}>{localized(p.name, i18n.language)}</Typography.Title>
      {note ? <Alert type="info" showIcon message={t('accounts.approvalNote')} description={note} style={{ marginBottom: 12 }} /> : null}
      {p.callbackUrl ? (
        <Form.Item label={t('accounts.callbackUrl')} extra={t('accounts.callbackHelp')}>
          <Typography.Text copyable className="rsn-mono" data-testid="callback-url">{p.callbackUrl}</Typography.Text>
        </Form.Item>
      ) : null}
      <Form.Item name="name" label={t('accounts.accountName')} extra={t('accounts.accountNameHelp')}>
        <Input maxLength={100} data-testid="account-name" />
      </Form.Item>
      {p.credentialFields.map((f) => {
        const label = localized(f.label, i18n.language);
        const rules = f.optional ? [] : [{ required: true, whitespace: true, message: t('common.required') }];
        return (
          <Form.Item key={f.key} name={['credentials', f.key]} label={label} extra={localized(f.help, i18n.language) || undefined} rules={rules}>
            {f.secret ? <Input.Password autoComplete="off" data-testid={`credential-${f.key}`} /> : <Input autoComplete="off" data-testid={`credential-${f.key}`} />}
          </Form.Item>
        );
      })}
      <Typography.Paragraph type="secondary">
        <LockOutlined /> {t('accounts.storedEncrypted')}
      </Typography.Paragraph>
      {p.docsUrl ? (
        <Typography.Paragraph>
          <a href={p.docsUrl} target="_blank" rel="noreferrer">{t('accounts.docs')}</a>
        </Typography.Paragraph>
      ) : null}
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} /> : null}
      <Space>
        <Button onClick={props.onBack}>{t('common.back')}</Button>
        <Button type="primary" htmlType="submit" loading={props.busy} data-testid="credentials-submit">{t('accounts.saveCredentials')}</Button>
      </Space>
    </Form>
  );
}
