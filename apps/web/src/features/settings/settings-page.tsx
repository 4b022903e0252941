import { App, Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/page-header';
import { ErrorState, Loading } from '../../lib/states';
import { RetentionCard } from '../privacy/retention-card';
import { formatDateTime } from '../../lib/time';
import { useWorkspace } from '../../lib/workspace-context';
import { useUpdateWorkspace, useWorkspaceDetails } from './workspaces.api';
import { WorkspaceForm } from './workspace-form';

export function SettingsPage() {
  const { t } = useTranslation();
  const { workspace, can, timeZone } = useWorkspace();
  const details = useWorkspaceDetails(workspace.id);
  const update = useUpdateWorkspace(workspace.id);
  const { message } = App.useApp();
  const canManage = can('workspace.manage');

  return (
    <>
      <PageHeader title={t('nav.settings')} />
      {details.isPending ? (
        <Loading />
      ) : details.error ? (
        <ErrorState error={details.error} onRetry={() => void details.refetch()} />
      ) : (
        <Card style={{ maxWidth: 640 }}>
          <Descriptions column={1} size="small" style={{ marginBottom: 16 }}>
            <Descriptions.Item label={t('settings.id')}>
              <span className="rsn-mono">{details.data.id}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('settings.yourRole')}>{t(`roles.${workspace.role}`)}</Descriptions.Item>
            <Descriptions.Item label={t('common.createdAt')}>{formatDateTime(details.data.createdAt, timeZone)}</Descriptions.Item>
          </Descriptions>
          <WorkspaceForm
            key={`${details.data.name}|${details.data.timeZone}`}
            testIdPrefix="settings"
            disabled={!canManage}
            initial={{ name: details.data.name, timeZone: details.data.timeZone }}
            submitLabel={t('common.save')}
            onSubmit={async (values) => {
              await update.mutateAsync(values);
              message.success(t('common.saved'));
            }}
          />
        </Card>
      )}
      <RetentionCard />
    </>
  );
}
