import { Button, FormField, Input } from '@/components/ui';
import type { AuditLogFilter } from '../lib/audit-log-list-config';

interface AuditLogDateFiltersProps {
  filters: Partial<Record<AuditLogFilter, string>>;
  onFilter: (key: AuditLogFilter, value: string | undefined) => void;
  hasFilters: boolean;
  onClear: () => void;
}

/** The date range after the toolbar's selects, and a way back to everything. */
export function AuditLogDateFilters({ filters, onFilter, hasFilters, onClear }: AuditLogDateFiltersProps) {
  return (
    <>
      <FormField label="From" width={{ base: 'full', sm: '40' }}>
        <Input
          type="date"
          value={filters.created_after ?? ''}
          max={filters.created_before}
          onChange={(event) => onFilter('created_after', event.currentTarget.value || undefined)}
        />
      </FormField>
      <FormField label="To" width={{ base: 'full', sm: '40' }}>
        <Input
          type="date"
          value={filters.created_before ?? ''}
          min={filters.created_after}
          onChange={(event) => onFilter('created_before', event.currentTarget.value || undefined)}
        />
      </FormField>
      {hasFilters && (
        <Button variant="ghost" onClick={onClear}>
          Clear filters
        </Button>
      )}
    </>
  );
}
