import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { Brand } from '../../app/workspace-layout';
import { LanguageSwitch } from '../auth/language-switch';
import { useCreateWorkspace } from './workspaces.api';
import { WorkspaceForm } from './workspace-form';

/** A signed-in user without any workspace creates their first one here (and becomes its owner). */
export function WelcomePage() {
  const { t } = useTranslation();
  const create = useCreateWorkspace();
  const navigate = useNavigate();
  return (
    <div style={{ maxWidth: 520, margin: '64px auto', padding: 16 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginBottom: 24 }}>
        <Brand />
        <LanguageSwitch signedIn />
      </div>
      <Card>
        <Typography.Title level={3}>{t('settings.welcomeTitle')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('settings.createHint')}</Typography.Paragraph>
        <WorkspaceForm
          testIdPrefix="new-workspace"
          submitLabel={t('common.create')}
          onSubmit={async (values) => {
            const ws = await create.mutateAsync(values);
            navigate(`/w/${ws.id}`);
          }}
        />
      </Card>
    </div>
  );
}
