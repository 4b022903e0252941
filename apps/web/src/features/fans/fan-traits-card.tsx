import { Card, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import type { FanProfile } from './fans.api';

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** Traits with the time each value was set, and the current consent decision per purpose. */
export function FanTraitsCard({ profile }: { profile: FanProfile }) {
  const { t } = useTranslation();
  const { timeZone } = useWorkspace();
  const traits = Object.entries(profile.traits).map(([key, value]) => ({ key, value, at: profile.traitTimes[key] ?? null }));
  const consent = Object.entries(profile.consent).map(([purpose, c]) => ({ purpose, ...c }));
  return (
    <>
      <Card title={t('fans.traits')} size="small" style={{ marginBottom: 16 }}>
        <Table
          data-testid="fan-traits"
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={traits}
          locale={{ emptyText: t('fans.traitTable.none') }}
          columns={[
            { title: t('fans.traitTable.key'), dataIndex: 'key', render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
            { title: t('fans.traitTable.value'), dataIndex: 'value', render: (v: unknown) => <span style={{ wordBreak: 'break-all' }}>{show(v)}</span> },
            { title: t('fans.traitTable.updatedAt'), dataIndex: 'at', width: 150, render: (v: string | null) => formatDateTime(v, timeZone) },
          ]}
        />
      </Card>
      <Card title={t('fans.consent.title')} size="small" style={{ marginBottom: 16 }}>
        <Table
          data-testid="fan-consent"
          size="small"
          rowKey="purpose"
          pagination={false}
          dataSource={consent}
          locale={{ emptyText: t('fans.consent.none') }}
          columns={[
            { title: t('fans.consent.purpose'), dataIndex: 'purpose', render: (p: string) => <Typography.Text code>{p}</Typography.Text> },
            {
              title: t('fans.consent.decision'),
              dataIndex: 'granted',
              render: (g: boolean) => <Tag color={g ? 'green' : 'red'}>{g ? t('fans.consent.granted') : t('fans.consent.denied')}</Tag>,
            },
            { title: t('fans.consent.source'), dataIndex: 'source' },
            { title: t('fans.consent.textVersion'), dataIndex: 'textVersion' },
            { title: t('fans.consent.at'), dataIndex: 'at', width: 150, render: (v: string) => formatDateTime(v, timeZone) },
          ]}
        />
      </Card>
    </>
  );
}
