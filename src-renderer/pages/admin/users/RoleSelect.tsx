import type { ComponentProps } from 'react';
import { ROLES, type Role } from '../../../api/types';
import { ROLE_LABELS } from '../../../auth/role-labels';

type SelectProps = Omit<ComponentProps<'select'>, 'value' | 'onChange'>;

export function RoleSelect({
  value,
  onChange,
  ...props
}: SelectProps & { value: Role; onChange: (role: Role) => void }) {
  return (
    <select
      {...props}
      className="select"
      value={value}
      onChange={(e) => onChange(e.target.value as Role)}
    >
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
