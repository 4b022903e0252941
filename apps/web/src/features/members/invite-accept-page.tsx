import type { RequestOf, ResponseOf } from '@resonance/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Descriptions, Form, Input, Result, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { request } from '../../lib/api';
import { applyFieldErrors } from '../../lib/form-errors';
import { fetchMe, meQueryKey } from '../../lib/session';
import { ErrorState, Loading, errorMessage } from '../../lib/states';
import { dayjs } from '../../lib/time';
import { AuthLayout } from '../auth/auth-layout';

type InviteInfo = ResponseOf<'/invites/{code}', 'get'>;
type AcceptBody = RequestOf<'/invites/{code}/accept', 'post'>;
type Accepted = ResponseOf<'/invites/{code}/accept', 'post'>;

/** The sign-up form (for someone without an account). */
interface SignUp {
  name: string;
  email: string;
  password: string;
}

export function InviteAcceptPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<SignUp>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const invite = useQuery({
    queryKey: ['invite', code],
    queryFn: () => request<InviteInfo>('GET', `/invites/${encodeURIComponent(code)}`, undefined, { skipAuthRedirect: true }),
    retry: false,
  });
  const me = useQuery({
    queryKey: [...meQueryKey, 'optional'],
    queryFn: () => fetchMe().catch(() => null),
    retry: false,
  });

  const accept = async (body: AcceptBody) => {
    setError(undefined);
    setBusy(true);
    try {
      const res = await request<Accepted>('POST', `/invites/${encodeURIComponent(code)}/accept`, body, { skipAuthRedirect: true });
      await queryClient.invalidateQueries({ queryKey: meQueryKey });
      navigate(`/w/${res.workspaceId}`, { replace: true });
    } catch (err) {
      setError(applyFieldErrors(form, err));
    } finally {
      setBusy(false);
    }
  };

  if (invite.isPending || me.isPending) return <AuthLayout><Loading /></AuthLayout>;
  if (invite.error) {
    return (
      <AuthLayout>
        <Result status="warning" title={t('invite.invalid')} subTitle={errorMessage(invite.error)} extra={<Link to="/login">{t('auth.signIn')}</Link>} />
      </AuthLayout>
    );
  }
  const info = invite.data;
  const open = info.status === 'pending';
  const signedIn = Boolean(me.data);

  return (
    <AuthLayout signedIn={signedIn}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>{t('invite.title')}</Typography.Title>
      <Descriptions column={1} size="small" bordered style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('invite.workspace')}><span data-testid="invite-workspace">{info.workspaceName}</span></Descriptions.Item>
        <Descriptions.Item label={t('invite.role')}><span data-testid="invite-role">{t(`roles.${info.role}`, { defaultValue: info.role })}</span></Descriptions.Item>
        {info.email ? <Descriptions.Item label={t('auth.email')}>{info.email}</Descriptions.Item> : null}
        <Descriptions.Item label={t('invite.expiresAt')}>{dayjs(info.expiresAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
      </Descriptions>
      {!open ? <Alert type="warning" showIcon message={t(`invite.status.${info.status}`, { defaultValue: info.status })} /> : null}
      {error ? <Alert data-testid="invite-error" type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
      {open && signedIn ? (
        <>
          <Typography.Paragraph>{t('invite.signedInAs', { email: me.data!.user.email })}</Typography.Paragraph>
          <Button data-testid="invite-join" type="primary" block loading={busy} onClick={() => void accept({})}>
            {t('invite.join')}
          </Button>
        </>
      ) : null}
      {open && !signedIn ? (
        <Form form={form} layout="vertical" initialValues={{ email: info.email ?? '' }} onFinish={(v) => void accept(v)}>
          <Form.Item name="name" label={t('invite.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="signup-name" autoComplete="name" />
          </Form.Item>
          <Form.Item name="email" label={t('auth.email')} rules={[{ required: true, type: 'email', message: t('auth.emailInvalid') }]}>
            <Input data-testid="signup-email" autoComplete="email" readOnly={Boolean(info.email)} />
          </Form.Item>
          <Form.Item name="password" label={t('auth.password')} extra={t('invite.passwordHint')} rules={[{ required: true, min: 10, message: t('invite.passwordHint') }]}>
            <Input.Password data-testid="signup-password" autoComplete="new-password" />
          </Form.Item>
          <Button data-testid="invite-signup" type="primary" htmlType="submit" block loading={busy}>
            {t('invite.signUpAndJoin')}
          </Button>
          <Typography.Paragraph style={{ marginTop: 12, marginBottom: 0 }}>
            {t('invite.haveAccount')} <Link to={`/login?next=${encodeURIComponent(`/invite/${code}`)}`}>{t('auth.signIn')}</Link>
          </Typography.Paragraph>
        </Form>
      ) : null}
      {me.error ? <ErrorState error={me.error} /> : null}
    </AuthLayout>
  );
}
