import { AUDIT_LOG_ORDERING } from '@crm/contracts';
import type { ListUrlConfig } from '@/components/ui';

/** The actions the API records on organization data (PRODUCT §4); account events have no organization. */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'convert',
  'qualify',
  'disqualify',
  'move_stage',
  'won',
  'lost',
  'reopen',
  'complete',
  'add_member',
  'remove_member',
  'leave',
  'accept',
  'revoke',
  'transfer_ownership',
  'reorder',
] as const;

export const AUDIT_RESOURCE_TYPES = [
  'customer',
  'lead',
  'deal',
  'pipeline',
  'pipeline_stage',
  'activity',
  'vendor',
  'employee',
  'organization',
  'membership',
  'invitation',
] as const;

export type AuditLogFilter = 'user' | 'action' | 'resource_type' | 'created_after' | 'created_before';

const isId = (value: string) => /^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= 2 ** 31 - 1;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

export const AUDIT_LOG_LIST_CONFIG: ListUrlConfig<AuditLogFilter> = {
  orderingFields: AUDIT_LOG_ORDERING,
  filters: {
    user: isId,
    action: AUDIT_ACTIONS,
    resource_type: AUDIT_RESOURCE_TYPES,
    created_after: isDate,
    created_before: isDate,
  },
};

/** "move_stage" → "Move stage", "transfer_ownership" → "Transfer ownership". */
export function humanize(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const RECORD_PATHS: Record<string, string> = {
  customer: '/customers',
  lead: '/leads',
  deal: '/deals',
  vendor: '/vendors',
  employee: '/employees',
};

/** Where the record of an entry lives in the app, when it has a page of its own. */
export function resourcePath(resourceType: string, resourceId: number | null): string | null {
  const base = RECORD_PATHS[resourceType];
  return base && resourceId !== null ? `${base}/${String(resourceId)}` : null;
}
