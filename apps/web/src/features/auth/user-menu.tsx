import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Dropdown } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../lib/api';
import type { Me } from '../../lib/session';
import { errorMessage } from '../../lib/states';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();

  const signOut = async (everywhere: boolean) => {
    try {
      await api.post(everywhere ? '/auth/logout-all' : '/auth/logout');
    } catch (err) {
      message.error(errorMessage(err));
      return;
    }
    queryClient.clear();
    navigate('/login', { replace: true });
  };

  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'who', disabled: true, label: <span>{me.user.email}</span> },
          { type: 'divider' },
          { key: 'logout', icon: <LogoutOutlined />, label: <span data-testid="logout">{t('header.signOut')}</span> },
          { key: 'logout-all', icon: <LogoutOutlined />, danger: true, label: <span data-testid="logout-all">{t('header.signOutEverywhere')}</span> },
        ],
        onClick: ({ key }) => {
          if (key === 'logout') void signOut(false);
          if (key === 'logout-all') {
            modal.confirm({ title: t('header.signOutEverywhere'), content: t('header.signOutEverywhereConfirm'), onOk: () => signOut(true) });
          }
        },
      }}
    >
      <Button type="text" data-testid="user-menu" icon={<UserOutlined />}>
        {me.user.name || me.user.email} <DownOutlined />
      </Button>
    </Dropdown>
  );
}
