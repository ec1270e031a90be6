import { useState } from 'react';
import { LuHand } from 'react-icons/lu';
import { useQueryClient } from '@tanstack/react-query';
import { Button, notifyError, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { myEmployeeQueryOptions } from '../api/get-my-employee';
import { mayAssignOnlySelf, type AssignableResource } from '../lib/assignment-rules';
import type { AssignedRecord } from './assignee-field';

export interface ClaimButtonProps {
  resource: AssignableResource;
  record: AssignedRecord;
  /** How the record is named in the toast: "Globex (CUST-004)". */
  name: string;
  /** Saves `assigned_to` = the caller's employee id (a PATCH through the feature's own mutation). */
  claim: (employeeId: number) => Promise<unknown>;
}

/**
 * One click to take an unassigned record (PRODUCT §3: an Employee may claim an unassigned record).
 * Shown only to roles limited to their own records, on a record whose `permissions.assign` allows it.
 */
export function ClaimButton({ resource, record, name, claim }: ClaimButtonProps) {
  const { role } = useSession();
  const queryClient = useQueryClient();
  const [isPending, setIsPending] = useState(false);
  if (!mayAssignOnlySelf(role, resource) || record.assigned_to !== null || !record.permissions.assign) return null;

  const onClick = async () => {
    setIsPending(true);
    try {
      const me = await queryClient.fetchQuery(myEmployeeQueryOptions());
      await claim(me.id);
      notifySuccess('Claimed', `${name} is now assigned to you.`);
    } catch (error) {
      notifyError('Could not claim it', toApiError(error).message);
    } finally {
      setIsPending(false);
    }
  };

  return (
    <Button variant="outline" colorPalette="brand" loading={isPending} onClick={() => void onClick()}>
      <LuHand aria-hidden /> Claim
    </Button>
  );
}
