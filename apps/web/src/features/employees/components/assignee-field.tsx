import { Controller, useFormContext } from 'react-hook-form';
import { FormField } from '@/components/ui';
import { useOptionalSession } from '@/lib/auth/session';
import { ASSIGN_ONLY_SELF_REASON, mayAssignOnlySelf, type AssignableResource } from '../lib/assignment-rules';
import { AssigneePicker } from './assignee-picker';

/** What the field needs of the record being edited. */
export interface AssignedRecord {
  assigned_to: number | null;
  assigned_to_name: string | null;
  permissions: { assign: boolean };
}

export interface AssigneeFieldProps {
  resource: AssignableResource;
  /** The record being edited; without one the form creates a record. */
  record?: AssignedRecord;
  /** The form value holding the employee id (or null). */
  name?: string;
  label?: string;
  /**
   * A form value holding the chosen employee's name: the box shows it when it mounts again (a
   * draft kept while the form shows something else). Without it, the record's assignee is shown.
   */
  nameField?: string;
}

/**
 * "Assigned to" in a record's form. An Employee may pick only themself; on a record whose
 * `permissions.assign` is false the field is read-only and says why, so the form never sends a
 * change the server would refuse.
 */
export function AssigneeField({
  resource,
  record,
  name = 'assigned_to',
  label = 'Assigned to',
  nameField,
}: AssigneeFieldProps) {
  const session = useOptionalSession();
  const onlySelf = mayAssignOnlySelf(session?.role, resource);
  const {
    control,
    getValues,
    setValue,
    formState: { errors },
  } = useFormContext<Record<string, number | string | null>>();
  const shownName = nameField ? getValues(nameField) : record?.assigned_to_name;
  const isLocked = record !== undefined && !record.permissions.assign;
  const error = errors[name]?.message;
  const helperText = isLocked
    ? onlySelf
      ? `${ASSIGN_ONLY_SELF_REASON}; you may claim only unassigned records.`
      : 'You cannot change who this is assigned to.'
    : onlySelf
      ? `${ASSIGN_ONLY_SELF_REASON}. Left empty, it is assigned to you.`
      : undefined;

  return (
    <FormField
      label={label}
      optionalText=" (optional)"
      helperText={helperText}
      errorText={typeof error === 'string' ? error : undefined}
    >
      <Controller
        control={control}
        name={name}
        render={({ field }) => (
          <AssigneePicker
            value={typeof field.value === 'number' ? field.value : null}
            initialLabel={typeof shownName === 'string' ? shownName : null}
            onChange={(employeeId, chosen) => {
              field.onChange(employeeId);
              if (nameField) setValue(nameField, chosen?.full_name ?? null);
            }}
            onBlur={field.onBlur}
            onlySelf={onlySelf}
            disabled={isLocked}
            placeholder={isLocked ? 'Unassigned' : 'Search employees'}
          />
        )}
      />
    </FormField>
  );
}
