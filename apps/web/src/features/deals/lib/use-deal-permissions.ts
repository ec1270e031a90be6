import { can, scopeOf } from '@crm/contracts';
import { useSession } from '@/lib/auth/session';

/**
 * What the active role may do with deals, to hide what it cannot use. An Employee may change only
 * their own deals; the web app cannot always tell which are theirs (assignment is by employee
 * record), so their update actions stay visible and the server's 403 explains a refusal.
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
