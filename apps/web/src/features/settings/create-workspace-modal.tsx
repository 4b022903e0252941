import { App, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCreateWorkspace } from './workspaces.api';
import { WorkspaceForm } from './workspace-form';

export function CreateWorkspaceModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateWorkspace();
  const navigate = useNavigate();
  const { message } = App.useApp();
  return (
    <Modal open={open} title={t('header.createWorkspace')} onCancel={onClose} footer={null} destroyOnHidden>
      <p>{t('settings.createHint')}</p>
      <WorkspaceForm
        testIdPrefix="new-workspace"
        submitLabel={t('common.create')}
        onSubmit={async (values) => {
          const ws = await create.mutateAsync(values);
          message.success(t('settings.created'));
          onClose();
          navigate(`/w/${ws.id}`);
        }}
      />
    </Modal>
  );
}
