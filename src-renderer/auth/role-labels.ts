import type { Role } from '../api/types';

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  picker: 'Picker',
  packer: 'Packer',
};
