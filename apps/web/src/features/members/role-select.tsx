import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ROLES, canAssignRole, type Role } from '../../lib/permissions';

/** Roles the current member may hand out (only an owner grants owner). */
export function assignableRoles(actorRole: string): Role[] {
  return ROLES.filter((r) => (ROLES as readonly string[]).includes(actorRole) && canAssignRole(actorRole as Role, r));
}

export function RoleSelect(props: { actorRole: string; value?: Role; onChange?: (v: Role) => void; testId?: string; disabled?: boolean; size?: 'small' | 'middle' }) {
  const { t } = useTranslation();
  return (
    <Select
      data-testid={props.testId}
      value={props.value}
      onChange={props.onChange}
      disabled={props.disabled}
      size={props.size}
      style={{ minWidth: 140 }}
      options={assignableRoles(props.actorRole).map((r) => ({ value: r, label: t(`roles.${r}`) }))}
    />
  );
}
