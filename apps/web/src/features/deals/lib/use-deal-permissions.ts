import { can, scopeOf } from '@crm/contracts';
import { useSession } from '@/lib/auth/session';

/**
 * What the active role may do with deals in general (create one, manage pipelines, whether the
 * board takes drops at all). What it may do with one deal is that deal's own `permissions`.
 */
export function useDealPermissions() {
  const { role } = useSession();
  return {
    canCreate: can(role, 'deals', 'create'),
    canUpdate: scopeOf(role, 'deals', 'update') !== 'none',
    canDelete: can(role, 'deals', 'delete'),
    canManagePipelines: can(role, 'pipelines', 'update'),
  };
}
