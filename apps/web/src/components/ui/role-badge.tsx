import type { Role } from '@crm/contracts';
import { roleLabel } from '@/lib/roles';
import { Badge, type BadgeProps } from './primitives';

const ROLE_PALETTES: Record<Role, BadgeProps['colorPalette']> = {
  owner: 'purple',
  admin: 'blue',
  manager: 'teal',
  employee: 'gray',
  client: 'orange',
};

/** A role with its fixed colour, wherever roles show: the switcher, the team, the dashboard. */
export function RoleBadge({ role, ...rest }: { role: Role } & BadgeProps) {
  return (
    <Badge colorPalette={ROLE_PALETTES[role]} variant="subtle" {...rest}>
      {roleLabel(role)}
    </Badge>
  );
}
