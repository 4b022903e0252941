import { UserAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Popconfirm, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { InviteModal } from './invite-modal';
import { InvitesTable } from './invites-table';
import { assignableRoles, RoleSelect } from './role-select';
import { useMemberMutations, useMembers, type Member } from './members.api';

export function MembersPage() {
  const { t } = useTranslation();
  const { workspace, me, can, timeZone } = useWorkspace();
  const members = useMembers(workspace.id);
  const { changeRole, remove } = useMemberMutations(workspace.id);
  const { message } = App.useApp();
  const [inviting, setInviting] = useState(false);
  const canManage = can('members.manage');
  const mayChange = (m: Member) => canManage && (m.role !== 'owner' || workspace.role === 'owner');

  return (
    <>
      <PageHeader
        title={t('nav.members')}
        extra={canManage ? (
          <Button data-testid="invite-member" type="primary" icon={<UserAddOutlined />} onClick={() => setInviting(true)}>
            {t('members.invite')}
          </Button>
        ) : null}
      />
      <Card title={t('members.title')} style={{ marginBottom: 16 }}>
        {members.error ? (
          <ErrorState error={members.error} onRetry={() => void members.refetch()} />
        ) : (
          <Table<Member>
            data-testid="members-table"
            rowKey="userId"
            loading={members.isPending}
            dataSource={members.data ?? []}
            pagination={false}
            locale={{ emptyText: t('members.empty') }}
            columns={[
              { title: t('members.name'), dataIndex: 'name', render: (v: string, m) => <>{v}{m.userId === me.user.id ? <Tag style={{ marginLeft: 8 }}>{t('members.you')}</Tag> : null}</> },
              { title: t('auth.email'), dataIndex: 'email' },
              {
                title: t('members.role'),
                dataIndex: 'role',
                render: (_: unknown, m) =>
                  mayChange(m) && assignableRoles(workspace.role).includes(m.role) ? (
                    <RoleSelect
                      size="small"
                      actorRole={workspace.role}
                      value={m.role}
                      testId={`member-role-${m.email}`}
                      onChange={(next) =>
                        changeRole.mutate({ userId: m.userId, role: next }, { onSuccess: () => message.success(t('common.saved')), onError: (e) => message.error(errorMessage(e)) })
                      }
                    />
                  ) : (
                    <Tag color={m.role === 'owner' ? 'gold' : 'blue'}>{t(`roles.${m.role}`, { defaultValue: m.role })}</Tag>
                  ),
              },
              { title: t('members.joined'), render: (_: unknown, m) => formatDateTime(m.joinedAt, timeZone) },
              {
                title: '',
                align: 'right',
                render: (_: unknown, m) =>
                  mayChange(m) ? (
                    <Popconfirm
                      title={m.userId === me.user.id ? t('members.leaveConfirm') : t('members.removeConfirm', { name: m.name || m.email })}
                      onConfirm={() => remove.mutateAsync(m.userId).then(() => message.success(t('members.removed')), (e) => message.error(errorMessage(e)))}
                    >
                      <Button danger size="small" data-testid={`member-remove-${m.email}`}>
                        {m.userId === me.user.id ? t('members.leave') : t('members.remove')}
                      </Button>
                    </Popconfirm>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      {canManage ? <InvitesTable /> : null}
      <InviteModal open={inviting} onClose={() => setInviting(false)} />
    </>
  );
}
