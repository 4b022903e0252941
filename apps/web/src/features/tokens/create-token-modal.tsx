import { Alert, Button, Form, Input, InputNumber, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../lib/form-errors';
import type { Role } from '../../lib/permissions';
import { useWorkspace } from '../../lib/workspace-context';
import { RoleSelect } from '../members/role-select';
import { useTokenMutations, type CreatedToken } from './tokens.api';
import { useCreateOnceModal } from '../../lib/use-create-once-modal';

/** The form (expiry may be cleared: no expiry). */
interface Values {
  name: string;
  role: Role;
  expiresInDays?: number | null;
}

/** Creates a token and shows its secret exactly once, with a copy button. */
export function CreateTokenModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const { create } = useTokenMutations(workspace.id);
  const { form, created, setCreated, error, setError, close } = useCreateOnceModal<Values, CreatedToken>(onClose);
  return (
    <Modal open={open} title={t('tokens.create')} onCancel={close} footer={null} destroyOnHidden maskClosable={!created}>
      {created ? (
        <div data-testid="token-created">
          <Alert type="warning" showIcon message={t('tokens.shownOnce')} style={{ marginBottom: 12 }} />
          <Typography.Paragraph copyable={{ text: created.token }} className="rsn-mono" data-testid="token-value">
            {created.token}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{t('tokens.usage')}</Typography.Paragraph>
          <Typography.Paragraph className="rsn-mono">{`curl -H "Authorization: Bearer ${created.token}" ${window.location.origin}/api/workspaces/${workspace.id}/overview`}</Typography.Paragraph>
          <Button type="primary" onClick={close} data-testid="token-done">{t('common.done')}</Button>
        </div>
      ) : (
        <Form
          form={form}
          layout="vertical"
          initialValues={{ role: 'analyst', expiresInDays: 90 }}
          onFinish={async (v) => {
            setError(undefined);
            try {
              setCreated(await create.mutateAsync({ name: v.name, role: v.role, ...(v.expiresInDays ? { expiresInDays: v.expiresInDays } : {}) }));
            } catch (err) {
              setError(applyFieldErrors(form, err));
            }
          }}
        >
          {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} /> : null}
          <Form.Item name="name" label={t('tokens.name')} rules={[{ required: true, whitespace: true, message: t('common.required') }]}>
            <Input data-testid="token-name" placeholder={t('tokens.namePlaceholder')} maxLength={100} />
          </Form.Item>
          <Form.Item name="role" label={t('members.role')} extra={t('tokens.roleHelp')} rules={[{ required: true }]}>
            <RoleSelect actorRole={workspace.role} testId="token-role" />
          </Form.Item>
          <Form.Item name="expiresInDays" label={t('tokens.expiresInDays')} extra={t('tokens.expiresHelp')}>
            <InputNumber data-testid="token-expires" min={1} max={3650} style={{ width: 160 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="token-submit">
            {t('common.create')}
          </Button>
        </Form>
      )}
    </Modal>
  );
}
