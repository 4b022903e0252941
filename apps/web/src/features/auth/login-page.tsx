import { LockOutlined, MailOutlined } from '@ant-design/icons';
import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { request } from '../../lib/api';
import { applyFieldErrors } from '../../lib/form-errors';
import { meQueryKey } from '../../lib/session';
import { AuthLayout } from './auth-layout';

/** Only same-site paths are followed after sign-in. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

type LoginBody = RequestOf<'/auth/login', 'post'>;

export function LoginPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LoginBody>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  return (
    <AuthLayout>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('auth.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('auth.subtitle')}</Typography.Paragraph>
      {error ? <Alert data-testid="login-error" type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        onFinish={async (values) => {
          setError(undefined);
          setBusy(true);
          try {
            await request<ResponseOf<'/auth/login', 'post'>>('POST', '/auth/login', values, { skipAuthRedirect: true });
            queryClient.clear();
            await queryClient.invalidateQueries({ queryKey: meQueryKey });
            navigate(safeNext(params.get('next')), { replace: true });
          } catch (err) {
            setError(applyFieldErrors(form, err));
          } finally {
            setBusy(false);
          }
        }}
      >
        <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}>
          <Input data-testid="login-email" prefix={<MailOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('auth.password')} rules={[{ required: true, message: t('common.required') }]}>
          <Input.Password data-testid="login-password" prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button data-testid="login-submit" type="primary" htmlType="submit" block loading={busy}>
          {t('auth.signIn')}
        </Button>
      </Form>
    </AuthLayout>
  );
}
