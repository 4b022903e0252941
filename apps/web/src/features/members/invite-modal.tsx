import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import type { Role } from '../../lib/permissions';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useMemberMutations, type CreatedInvite } from './members.api';
import { RoleSelect } from './role-select';
import { useCreateOnceModal } from '../../lib/use-create-once-modal';

/** Creates an invite link; shows it (and whether it was e-mailed) so the admin can pass it on. */
export function InviteModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const { invite } = useMemberMutations(workspace.id);
  const { form, created, setCreated, error, setError, close } = useCreateOnceModal<{ email?: string; role: Role }, CreatedInvite>(onClose);

  return (
    <Modal open={open} title={t('members.invite')} onCancel={close} footer={null} destroyOnHidden>
      {created ? (
        <div data-testid="invite-result">
          <Alert
            type="success"
            showIcon
            style={{ marginBottom: 12 }}
            message={created.emailed ? t('members.inviteEmailed') : t('members.inviteNotEmailed')}
          />
          <Typography.Paragraph copyable={{ text: created.link }} className="rsn-mono" data-testid="invite-link">
            {created.link}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">
            {t('members.inviteExpires', { at: formatDateTime(created.expiresAt, timeZone) })}
          </Typography.Paragraph>
          <Button data-testid="invite-done" type="primary" onClick={close}>
            {t('common.done')}
          </Button>
        </div>
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ role: 'editor' }}
          onFinish={async (values) => {
            setError(undefined);
            try {
              const email = values.email?.trim();
              setCreated(await invite.mutateAsync({ role: values.role, ...(email ? { email } : {}) }));
            } catch (err) {
              setError(applyFieldErrors(form, err));
            }
          }}
        >
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="email" label={t('members.inviteEmail')} extra={t('members.inviteEmailHelp')} rules={[{ type: 'email', message: t('auth.emailInvalid') }]}>
            <Input data-testid="invite-email" placeholder="name@example.com" />
          </Form.Item>
          <Form.Item name="role" label={t('members.role')} rules={[{ required: true }]}>
            <RoleSelect actorRole={workspace.role} testId="invite-role" />
          </Form.Item>
          <Button data-testid="invite-submit" type="primary" htmlType="submit" loading={invite.isPending}>
            {t('members.createInvite')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
