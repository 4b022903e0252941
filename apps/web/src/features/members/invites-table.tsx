import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useInvites, useMemberMutations, type Invite } from './members.api';

/** Open invites (the link itself is shown only once, when it is created). */
export function InvitesTable() {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const invites = useInvites(workspace.id, true);
  const { revokeInvite } = useMemberMutations(workspace.id);
  const { message } = App.useApp();
  return (
    <Card title={t('members.invites')}>
      {invites.error ? (
        <ErrorState error={invites.error} onRetry={() => void invites.refetch()} />
      ) : (
        <Table<Invite>
          data-testid="invites-table"
          rowKey="id"
          size="small"
          loading={invites.isPending}
          dataSource={invites.data ?? []}
          pagination={false}
          locale={{ emptyText: t('members.noInvites') }}
          columns={[
            { title: t('auth.email'), dataIndex: 'email', render: (v: string | null) => v ?? <Tag>{t('members.anyone')}</Tag> },
            { title: t('members.role'), dataIndex: 'role', render: (r: string) => t(`roles.${r}`, { defaultValue: r }) },
            { title: t('common.createdAt'), dataIndex: 'createdAt', render: (v: string) => formatDateTime(v, timeZone) },
            { title: t('invite.expiresAt'), dataIndex: 'expiresAt', render: (v: string) => formatDateTime(v, timeZone) },
            // The server lists only pending invites (accepted, revoked and expired ones drop out).
            { title: t('common.status'), render: () => t('invite.status.pending') },
            {
              title: '',
              align: 'right',
              render: (_: unknown, inv) => (
                <Popconfirm title={t('members.revokeConfirm')} onConfirm={() => revokeInvite.mutateAsync(inv.id).then(() => message.success(t('members.revoked')), (e) => message.error(errorMessage(e)))}>
                  <Button size="small" danger>{t('members.revoke')}</Button>
                </Popconfirm>
              ),
            },
          ]}
        />
      )}
    </Card>
  );
}
