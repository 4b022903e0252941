import { Card, Empty, List, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspace } from '../../lib/workspace-context';
import type { FanIdentity } from './fans.api';
import { IdentityKindIcon, PlatformIcon } from './platform-icon';
import { useAccountDirectory } from './use-account-directory';

interface Group {
  key: string;
  icon: ReactNode;
  title: ReactNode;
  items: FanIdentity[];
}

/**
 * A profile's identities grouped by where they come from: one group per account (platform user
 * ids; namespace = account id) with its platform's icon, WeChat UnionIDs, contact data, own ids.
 */
export function FanIdentitiesCard({ identities }: { identities: FanIdentity[] }) {
  const { t } = useTranslation();
  const { workspace } = useWorkspace();
  const directory = useAccountDirectory(workspace.id);
  const groups = new Map<string, Group>();
  const add = (key: string, make: () => Omit<Group, 'items' | 'key'>, i: FanIdentity) => {
    const g = groups.get(key) ?? { key, ...make(), items: [] };
    g.items.push(i);
    groups.set(key, g);
  };
  for (const i of identities) {
    if (i.kind === 'platform_user') {
      const a = directory.account(i.namespace);
      add(`account:${i.namespace}`, () => ({
        icon: <PlatformIcon platform={a?.platform ?? 'unknown'} title={a?.platformName ?? i.namespace} />,
        title: a ? <>{a.name} <Typography.Text type="secondary">· {a.platformName}</Typography.Text></> : t('fans.identityGroups.unknownAccount', { id: i.namespace }),
      }), i);
    } else if (i.kind === 'unionid') {
      add('unionid', () => ({ icon: <IdentityKindIcon kind="unionid" />, title: t('fans.identityGroups.unionid') }), i);
    } else if (i.kind === 'email' || i.kind === 'phone') {
      add('contact', () => ({ icon: <IdentityKindIcon kind="phone" />, title: t('fans.identityGroups.contact') }), i);
    } else {
      add('own', () => ({ icon: <IdentityKindIcon kind="external_id" />, title: t('fans.identityGroups.own') }), i);
    }
  }
  return (
    <Card title={t('fans.identities')} size="small" data-testid="fan-identities">
      {groups.size === 0 ? <Empty description={t('fans.identityGroups.none')} /> : null}
      {[...groups.values()].map((g) => (
        <div key={g.key} style={{ marginBottom: 12 }} data-testid={`identity-group-${g.key}`}>
          <Space size={8} style={{ marginBottom: 4 }}>{g.icon}<Typography.Text strong>{g.title}</Typography.Text></Space>
          <List
            size="small"
            dataSource={g.items}
            renderItem={(i) => (
              <List.Item style={{ padding: '2px 0 2px 24px' }}>
                <Space size={8} wrap>
                  <Typography.Text type="secondary">{t(`fans.kinds.${i.kind}`)}</Typography.Text>
                  {i.kind === 'unionid' && i.namespace ? <Typography.Text type="secondary">({i.namespace})</Typography.Text> : null}
                  <Typography.Text className="rsn-mono" copyable={!i.masked} data-testid="identity-value">{i.value}</Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </div>
      ))}
    </Card>
  );
}
