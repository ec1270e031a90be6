import { Button, Flex, FormField, Input, SelectNative } from '@/components/ui';
import { useSession } from '@/lib/auth/session';
import { useMemberOptions } from '@/features/team/api/get-members';
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, humanize, type AuditLogFilter } from '../lib/audit-log-list-config';

interface AuditLogFiltersProps {
  filters: Partial<Record<AuditLogFilter, string>>;
  onFilter: (key: AuditLogFilter, value: string | undefined) => void;
  hasFilters: boolean;
  onClear: () => void;
}

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: humanize(action) }));
const RESOURCE_OPTIONS = AUDIT_RESOURCE_TYPES.map((type) => ({ value: type, label: humanize(type) }));

/** User, action, resource and a date range; every choice goes into the URL. */
export function AuditLogFilters({ filters, onFilter, hasFilters, onClear }: AuditLogFiltersProps) {
  const { organizationId } = useSession();
  const members = useMemberOptions(organizationId);
  const userOptions = (members.data ?? []).map((member) => ({
    value: String(member.user_id),
    label: member.full_name,
  }));
  const set = (key: AuditLogFilter) => (event: { currentTarget: { value: string } }) =>
    onFilter(key, event.currentTarget.value || undefined);

  return (
    <Flex gap="3" wrap="wrap" align="flex-end" role="search" aria-label="Filter the audit log">
      <FormField label="User" width={{ base: 'full', sm: '48' }}>
        <SelectNative
          placeholder="Anyone"
          options={userOptions}
          value={filters.user ?? ''}
          onChange={set('user')}
          disabled={members.isPending}
        />
      </FormField>
      <FormField label="Action" width={{ base: 'full', sm: '44' }}>
        <SelectNative
          placeholder="Any action"
          options={ACTION_OPTIONS}
          value={filters.action ?? ''}
          onChange={set('action')}
        />
      </FormField>
      <FormField label="Resource" width={{ base: 'full', sm: '44' }}>
        <SelectNative
          placeholder="Any resource"
          options={RESOURCE_OPTIONS}
          value={filters.resource_type ?? ''}
          onChange={set('resource_type')}
        />
      </FormField>
      <FormField label="From" width={{ base: 'full', sm: '40' }}>
        <Input
          type="date"
          value={filters.created_after ?? ''}
          max={filters.created_before}
          onChange={set('created_after')}
        />
      </FormField>
      <FormField label="To" width={{ base: 'full', sm: '40' }}>
        <Input
          type="date"
          value={filters.created_before ?? ''}
          min={filters.created_after}
          onChange={set('created_before')}
        />
      </FormField>
      {hasFilters && (
        <Button variant="ghost" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </Flex>
  );
}
