import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Permission } from '../lib/permissions';
import { useWorkspace } from '../lib/workspace-context';

/** A page the role cannot use shows a 403 instead of failing requests. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useWorkspace();
  const { t } = useTranslation();
  if (!can(permission)) return <Result status="403" title={t('common.forbidden')} subTitle={t('common.forbiddenHint')} />;
  return <>{children}</>;
}
