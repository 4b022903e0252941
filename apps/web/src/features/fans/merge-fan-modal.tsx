import { Alert, App, Button, Input, Modal, Popconfirm, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../lib/states';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useFanMergeMutations, useFans, type Fan, type FanProfile } from './fans.api';
import { traitTags } from './trait-tags';

/** Finds another profile with the fans search and merges it into `survivor` (fans.merge). */
export function MergeFanModal({ survivor, open, onClose }: { survivor: FanProfile; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { workspace, timeZone } = useWorkspace();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [error, setError] = useState<string | null>(null);
  const found = useFans(workspace.id, { q }, 10, Boolean(q));
  const { merge } = useFanMergeMutations(workspace.id);
  const rows = q ? (found.data?.pages.flatMap((p) => p.items) ?? []) : [];

  const close = () => {
    setQ('');
    setError(null);
    onClose();
  };
  const doMerge = async (f: Fan) => {
    setError(null);
    try {
      await merge.mutateAsync({ survivorId: survivor.id, mergedId: f.id });
      message.success(t('fans.mergeAction.done'));
      close();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Modal open={open} title={t('fans.mergeAction.title', { name: survivor.displayName })} onCancel={close} footer={null} width={820} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('fans.mergeAction.hint')}</Typography.Paragraph>
      <Input.Search
        data-testid="merge-search"
        allowClear
        enterButton
        maxLength={100}
        placeholder={t('fans.searchPlaceholder')}
        onSearch={(v) => setQ(v.trim())}
        style={{ marginBottom: 12 }}
      />
      {error ? <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="merge-error" /> : null}
      <Table<Fan>
        data-testid="merge-candidates"
        size="small"
        rowKey="id"
        pagination={false}
        loading={Boolean(q) && found.isPending}
        dataSource={rows}
        locale={{ emptyText: q ? t('fans.noMatch') : ' ' }}
        columns={[
          { title: t('fans.name'), dataIndex: 'displayName' },
          { title: t('fans.identities'), render: (_: unknown, f) => f.identities.map((i) => i.value).slice(0, 3).join(', ') || '—' },
          { title: t('fans.traits'), dataIndex: 'traits', render: traitTags },
          { title: t('fans.lastSeen'), dataIndex: 'lastSeenAt', render: (v: string | null) => formatDateTime(v, timeZone) },
          {
            title: '',
            align: 'right',
            render: (_: unknown, f) =>
              f.id === survivor.id ? (
                <Typography.Text type="secondary">{t('fans.mergeAction.self')}</Typography.Text>
              ) : (
                <Popconfirm title={t('fans.mergeAction.confirm', { name: f.displayName })} onConfirm={() => doMerge(f)}>
                  <Button size="small" type="primary" loading={merge.isPending} data-testid={`merge-pick-${f.id}`}>{t('fans.mergeAction.pick')}</Button>
                </Popconfirm>
              ),
          },
        ]}
      />
    </Modal>
  );
}
