import type { Role } from '@crm/contracts';
import { Badge, type BadgeProps } from '@/components/ui';

const ROLE_LABELS: Record<Role, string> = {
  owner: 'Owner',
  admin: 'Admin',
  manager: 'Manager',
  employee: 'Employee',
  client: 'Client',
};

const ROLE_PALETTES: Record<Role, BadgeProps['colorPalette']> = {
  owner: 'purple',
  admin: 'blue',
  manager: 'teal',
  employee: 'gray',
  client: 'orange',
};

export function roleLabel(role: Role): string {
  return ROLE_LABELS[role];
}

export function RoleBadge({ role, ...rest }: { role: Role } & BadgeProps) {
  return (
    <Badge colorPalette={ROLE_PALETTES[role]} variant="subtle" {...rest}>
      {ROLE_LABELS[role]}
    </Badge>
  );
}
